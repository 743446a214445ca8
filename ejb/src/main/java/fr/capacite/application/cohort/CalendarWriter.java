package fr.capacite.application.cohort;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Sessions as an iCalendar file (RFC 5545), written with ical4j; times in UTC. */
public final class CalendarWriter {

  /** Sessions take place in metropolitan France. */
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private CalendarWriter() {}

  public static String write(List<SessionView> sessions) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Capacité//Planning des formations//FR"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (SessionView s : sessions) {
      VEvent event =
          new VEvent(
              ZonedDateTime.of(s.day(), s.start(), ZONE).toInstant(),
              ZonedDateTime.of(s.day(), s.end(), ZONE).toInstant(),
              s.topic() + " (" + s.cohortCode() + ")");
      event.add(new Uid("session-" + s.id() + "@capacite"));
      String where =
          s.siteName() == null ? "" : s.siteName() + (s.room() == null ? "" : ", " + s.room());
      if (!where.isEmpty()) {
        event.add(new Location(where));
      }
      event.add(
          new Description(
              s.cohortTitle() + (s.trainerName() == null ? "" : " — " + s.trainerName())));
      calendar.add(event);
    }
    return calendar.toString();
  }
}
