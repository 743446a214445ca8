package fr.capacite.domain.cohort;

/** Where a person's application to a cohort stands (candidature). */
public enum ApplicationStatus {
  PENDING,
  ACCEPTED,
  REFUSED,
  WITHDRAWN
}
