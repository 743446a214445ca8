package fr.capacite.web.shared;

import fr.capacite.domain.shared.FrenchTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * {@code #{dates.day(d)}}, {@code #{dates.time(t)}}, {@code #{dates.moment(i)}}: dates for pages
 * where a converter cannot go (message parameters, text built in a page), read as users write them.
 */
@Named("dates")
@ApplicationScoped
public class DatesBean {

  /** Today on Paris time (pages compare dates with it). */
  public LocalDate getToday() {
    return FrenchTime.today();
  }

  public String day(LocalDate d) {
    return Dates.day(d);
  }

  public String time(TemporalAccessor t) {
    return Dates.time(t);
  }

  public String moment(Instant i) {
    return Dates.moment(i);
  }
}
