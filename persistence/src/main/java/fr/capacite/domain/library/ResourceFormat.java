package fr.capacite.domain.library;

/** How a resource is used with people. */
public enum ResourceFormat {
  ATELIER_COLLECTIF,
  ACCOMPAGNEMENT_INDIVIDUEL,
  FICHE,
  TUTORIEL,
  AUTOFORMATION,
  JEU
}
