package fr.capacite.domain.logbook;

/** The person's autonomy on the task, La Coop's three levels (1 to 3). */
public enum Autonomy {
  GUIDED(1, "entierement_accompagne"),
  PARTLY(2, "partiellement_autonome"),
  AUTONOMOUS(3, "autonome");

  private final int level;
  private final String coopValue;

  Autonomy(int level, String coopValue) {
    this.level = level;
    this.coopValue = coopValue;
  }

  public int level() {
    return level;
  }

  public String coopValue() {
    return coopValue;
  }
}
