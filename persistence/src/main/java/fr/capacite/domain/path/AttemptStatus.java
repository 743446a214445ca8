package fr.capacite.domain.path;

/** A positioning attempt is answered, submitted (result shown), then validated (final, R11). */
public enum AttemptStatus {
  IN_PROGRESS,
  SUBMITTED,
  VALIDATED
}
