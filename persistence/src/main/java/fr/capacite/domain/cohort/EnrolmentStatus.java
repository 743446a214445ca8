package fr.capacite.domain.cohort;

/** Where a learner stands in a cohort. */
public enum EnrolmentStatus {
  ENROLLED,
  WAITING,
  WITHDRAWN
}
