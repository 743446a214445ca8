package fr.capacite.domain.library;

/** Where an invitation to co-maintain a resource stands. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  DECLINED
}
