package fr.capacite.application.cohort;

import fr.capacite.domain.shared.FrenchTime;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Sessions as an iCalendar file (RFC 5545), built and validated with ical4j; times in UTC; lines
 * folded at 75 octets; event UIDs in the domain of the service's public address ({@code
 * capacite.url}), so that two installations never share one.
 */
public final class CalendarWriter {

  /** Sessions take place in metropolitan France. */
  public static final ZoneId ZONE = FrenchTime.ZONE;

  /** RFC 5545, 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
  static final int MAX_OCTETS = 75;

  /** The Europe/Paris VTIMEZONE from ical4j's bundled zone data (no network), built once. */
  private static final java.util.function.Supplier<net.fortuna.ical4j.model.component.VTimeZone>
      PARIS =
          new java.util.function.Supplier<>() {
            private volatile net.fortuna.ical4j.model.component.VTimeZone zone;

            @Override
            public net.fortuna.ical4j.model.component.VTimeZone get() {
              if (zone == null) {
                zone =
                    net.fortuna.ical4j.model.TimeZoneRegistryFactory.getInstance()
                        .createRegistry()
                        .getTimeZone(ZONE.getId())
                        .getVTimeZone();
              }
              return zone;
            }
          };

  private CalendarWriter() {}

  public static String write(List<SessionView> sessions) {
    return write(sessions, uidDomain());
  }

  static String write(List<SessionView> sessions, String domain) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Capacité//Planning des formations//FR"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // RFC 5545 wants at least one component: the zone of the sessions keeps a calendar without
    // any session valid (a subscribed feed is often empty at first), and tells clients the zone.
    calendar.add(PARIS.get());
    for (SessionView s : sessions) {
      VEvent event =
          new VEvent(
              ZonedDateTime.of(s.day(), s.start(), ZONE).toInstant(),
              ZonedDateTime.of(s.day(), s.end(), ZONE).toInstant(),
              s.topic() + " (" + s.cohortCode() + ")");
      event.add(new Uid("session-" + s.id() + "@" + domain));
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
    ValidationResult result = calendar.validate();
    if (result.hasErrors()) {
      throw new IllegalStateException("invalid iCalendar: " + result.getEntries());
    }
    return fold(calendar.toString());
  }

  /** The host of the public address, or {@code localhost}. */
  static String uidDomain() {
    try {
      String host = URI.create(System.getProperty("capacite.url", "http://localhost/")).getHost();
      return host == null || host.isBlank() ? "localhost" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "localhost";
    }
  }

  /**
   * Folds every line at 75 octets of UTF-8 (a continuation line starts with a space, which counts),
   * never inside a character. Written here because ical4j's folding counts characters, so a line of
   * accented French text could reach twice the limit.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64);
    for (String line : unfolded.split("\r\n|\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > MAX_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}
