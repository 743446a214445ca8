package fr.capacite.domain.path;

/** Where a person stands on one step of their path. */
public enum StepState {
  /** Module completed. */
  DONE,
  /** Its block is already held (jury session or equivalence), so the training is not needed. */
  HELD,
  /** To take now: every earlier rank is done and the prerequisites are met. */
  NEXT,
  /** To take after the earlier ranks. */
  LATER,
  /** A prerequisite is missing. */
  LOCKED;

  public boolean isSatisfied() {
    return this == DONE || this == HELD;
  }
}
