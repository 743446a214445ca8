package fr.capacite.domain.library;

/** The kinds of content block a resource is made of. */
public enum ContentKind {
  SECTION,
  TEXT,
  LINK,
  FILE,
  IMAGE
}
