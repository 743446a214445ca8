package fr.capacite.domain.path;

/** A positioning test is written as a draft, then published (frozen), then archived. */
public enum TestStatus {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
