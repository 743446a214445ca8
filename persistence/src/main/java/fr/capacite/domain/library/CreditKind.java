package fr.capacite.domain.library;

/** How a person is credited on a resource. */
public enum CreditKind {
  AUTHOR,
  CO_AUTHOR,
  CONTRIBUTOR
}
