package fr.capacite.domain.library;

/** Where a report stands in the moderation queue. */
public enum ReportStatus {
  OPEN,
  RESOLVED,
  DISMISSED
}
