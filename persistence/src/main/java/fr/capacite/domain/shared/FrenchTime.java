package fr.capacite.domain.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone of Capacité's days and hours: sessions, deadlines, logbook days and documents
 * are dated in metropolitan French time, whatever the server's own zone.
 */
public final class FrenchTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private FrenchTime() {}

  /** Today's date in France. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
