package fr.capacite.domain.library;

/** Where a curator's review stands. */
public enum ReviewStatus {
  IN_PROGRESS,
  /** Passed; the label waits for every credited co-author to accept credit and licence. */
  AWAITING_CONSENT,
  LABELLED,
  CHANGES_REQUESTED;

  /** Whether the review has ended with a decision (what the public sees of quality control). */
  public boolean isFinished() {
    return this == LABELLED || this == CHANGES_REQUESTED;
  }
}
