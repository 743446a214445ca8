package fr.capacite.domain.library;

/** Why a resource is reported (La Base's four reasons). */
public enum ReportKind {
  INAPPROPRIATE,
  OUTDATED,
  ERROR,
  DUPLICATE
}
