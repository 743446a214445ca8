package fr.capacite.domain.logbook;

/** Where it took place, as La Coop records it (type de lieu). */
public enum PlaceKind {
  ACTIVITY_SITE("lieu_activite"),
  HOME("domicile"),
  REMOTE("a_distance"),
  OTHER("autre");

  private final String coopValue;

  PlaceKind(String coopValue) {
    this.coopValue = coopValue;
  }

  public String coopValue() {
    return coopValue;
  }
}
