package fr.capacite.domain.logbook;

/**
 * What kind of accompaniment: La Coop's two kinds ({@code individuel}, {@code collectif}), the
 * administrative procedure being an individual accompaniment of the theme "aide aux démarches
 * administratives" there.
 */
public enum LogKind {
  INDIVIDUAL("individuel"),
  COLLECTIVE("collectif"),
  ADMINISTRATIVE("individuel");

  private final String coopValue;

  LogKind(String coopValue) {
    this.coopValue = coopValue;
  }

  /** La Coop's value for the kind. */
  public String coopValue() {
    return coopValue;
  }

  public boolean individual() {
    return this != COLLECTIVE;
  }
}
