package fr.capacite.application.organisation.lieux;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A valid row of a lieux file, reduced to what a site keeps. */
public record Lieu(
    int line,
    String id,
    String pivot,
    String name,
    String address,
    String postalCode,
    String city,
    BigDecimal latitude,
    BigDecimal longitude,
    boolean itinerant,
    String services,
    String specificSupport,
    String openingHours,
    LocalDate updated)
    implements Serializable {

  /** The schema's value for people with reduced mobility, used for the site's accessibility. */
  public static final String MOTOR_DISABILITIES = "Handicaps moteurs";

  public boolean accessible() {
    return specificSupport != null
        && java.util.Arrays.asList(specificSupport.split("\\|")).contains(MOTOR_DISABILITIES);
  }
}
