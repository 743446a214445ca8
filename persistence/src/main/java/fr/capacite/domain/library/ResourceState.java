package fr.capacite.domain.library;

/**
 * Where the latest revision of a resource stands in quality control: draft → submitted → in review
 * → published (labelled), or changes requested; a curator may take a published one in review again.
 * A published resource keeps showing its reviewed (stable) revision while a newer one waits.
 */
public enum ResourceState {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  PUBLISHED,
  CHANGES_REQUESTED;

  /** Whether the lifecycle allows going from this state to {@code next}. */
  public boolean canGo(ResourceState next) {
    return switch (this) {
      case DRAFT, CHANGES_REQUESTED -> next == SUBMITTED;
      case SUBMITTED -> next == IN_REVIEW || next == DRAFT;
      case IN_REVIEW -> next == PUBLISHED || next == CHANGES_REQUESTED;
      case PUBLISHED -> next == SUBMITTED || next == IN_REVIEW;
    };
  }
}
