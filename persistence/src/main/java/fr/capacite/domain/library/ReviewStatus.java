package fr.capacite.domain.library;

/** Where a curator's review stands. */
public enum ReviewStatus {
  IN_PROGRESS,
  /** Passed; the label waits for every credited co-author to accept credit and licence. */
  AWAITING_CONSENT,
  LABELLED,
  CHANGES_REQUESTED
}
