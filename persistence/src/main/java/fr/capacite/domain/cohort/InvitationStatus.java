package fr.capacite.domain.cohort;

/** Where an invitation to a cohort stands. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  /** The organisation took it back before an answer. */
  CANCELLED
}
