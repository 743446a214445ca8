package fr.capacite.domain.referential;

/**
 * CCP = certificat de compétences professionnelles; CCS = certificat complémentaire de
 * spécialisation.
 */
public enum BlockKind {
  CCP,
  CCS
}
