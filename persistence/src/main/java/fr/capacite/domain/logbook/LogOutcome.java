package fr.capacite.domain.logbook;

/** How it ended: the need met, partly, not, or the person referred to another structure. */
public enum LogOutcome {
  SOLVED,
  PARTLY_SOLVED,
  NOT_SOLVED,
  REFERRED,
  /** Imported from La Coop's export, which records no outcome but a referral; never chosen. */
  NOT_RECORDED;

  /** The outcomes a mediator chooses from. */
  public static java.util.List<LogOutcome> chosen() {
    return java.util.List.of(SOLVED, PARTLY_SOLVED, NOT_SOLVED, REFERRED);
  }
}
