package fr.capacite.domain.cohort;

/**
 * The standard satisfaction questionnaire, the same for every organisation so that results compare
 * (the national CnFS training scored 28 %). Each question is answered on a 1–5 scale; OVERALL
 * decides whether a respondent counts as satisfied.
 */
public enum SatisfactionQuestion {
  OBJECTIVES,
  CONTENT,
  TRAINERS,
  ORGANISATION,
  APPLICATION,
  OVERALL;

  public static final int MIN = 1;
  public static final int MAX = 5;

  /** Scores from this value up count as satisfied (4 = satisfied, 5 = very satisfied). */
  public static final int SATISFIED_FROM = 4;
}
