package fr.capacite.domain.library;

/** The level of the people a resource is for. */
public enum ResourceLevel {
  DEBUTANT,
  INTERMEDIAIRE,
  AVANCE
}
