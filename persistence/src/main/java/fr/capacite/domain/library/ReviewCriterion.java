package fr.capacite.domain.library;

/** The curators' rubric (grille de relecture): each criterion is scored 0 to 3. */
public enum ReviewCriterion {
  ACCURACY,
  PEDAGOGY,
  /** RGAA: the national accessibility reference. */
  ACCESSIBILITY,
  LICENCE_SOURCES,
  UP_TO_DATE,
  ALIGNMENT
}
