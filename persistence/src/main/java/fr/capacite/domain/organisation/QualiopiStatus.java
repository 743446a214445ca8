package fr.capacite.domain.organisation;

/** Where an organisation's Qualiopi certificate stands on a given day. */
public enum QualiopiStatus {
  NONE,
  VALID,
  EXPIRING,
  EXPIRED
}
