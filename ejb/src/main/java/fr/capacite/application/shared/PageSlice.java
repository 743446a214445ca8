package fr.capacite.application.shared;

import java.util.List;

/** One page of a list and the total count, for lazy tables and paginated REST responses. */
public record PageSlice<T>(List<T> items, long total, int first, int size) {

  public static final int MAX_PAGE_SIZE = 200;

  public PageSlice {
    items = List.copyOf(items);
  }

  /** Clamps a requested page size to [1, MAX_PAGE_SIZE]. */
  public static int clampSize(int requested) {
    return Math.max(1, Math.min(MAX_PAGE_SIZE, requested));
  }

  /** Clamps a requested offset to be non-negative. */
  public static int clampFirst(int requested) {
    return Math.max(0, requested);
  }
}
