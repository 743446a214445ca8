package fr.capacite.domain.library;

/** The author of a resource, or a co-maintainer they invited. */
public enum MaintainerRole {
  AUTHOR,
  CO_MAINTAINER
}
