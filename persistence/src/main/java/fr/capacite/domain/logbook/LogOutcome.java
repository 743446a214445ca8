package fr.capacite.domain.logbook;

/** How it ended: the need met, partly, not, or the person referred to another structure. */
public enum LogOutcome {
  SOLVED,
  PARTLY_SOLVED,
  NOT_SOLVED,
  REFERRED
}
