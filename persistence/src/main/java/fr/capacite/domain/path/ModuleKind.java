package fr.capacite.domain.path;

/** Whether a module trains towards a block of a title or is a thematic module (7–14 h). */
public enum ModuleKind {
  CERTIFYING,
  THEMATIC;

  /** Thematic modules last 7 to 14 hours (continuing-education catalogue). */
  public static final int THEMATIC_MIN_HOURS = 7;

  public static final int THEMATIC_MAX_HOURS = 14;
}
