package fr.capacite.domain.referential;

/** Whether holding the source block grants the target block entirely or only in part. */
public enum EquivalenceKind {
  TOTAL,
  PARTIAL
}
