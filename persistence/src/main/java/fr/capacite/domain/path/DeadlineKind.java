package fr.capacite.domain.path;

/** Deadlines a learning plan watches. */
public enum DeadlineKind {
  /** R11: sit the exam within 6 months of the end of training. */
  EXAM_AFTER_TRAINING,
  /** R8: after a failure, re-sit without new training within 1 year. */
  RESIT,
  /** Continuing education: the modules due this plan year. */
  YEARLY_MODULES
}
