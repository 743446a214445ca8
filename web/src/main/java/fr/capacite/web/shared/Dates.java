package fr.capacite.web.shared;

import fr.capacite.domain.shared.FrenchTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates and times as users read them: day first (dd/mm/yyyy) in French and in English (en-GB
 * conventions), 24-hour times, moments in the organisations' zone (Europe/Paris), whatever the
 * server's own zone. Never ISO in front of a user.
 */
public final class Dates {

  /** The zone of every moment shown: the field's, not the server's nor the viewer's. */
  public static final ZoneId ZONE = FrenchTime.ZONE;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter DAY_TIME_SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Dates() {}

  /** A date, time or moment in the reader's conventions; anything else unchanged. */
  public static Object readable(Object value, Locale locale) {
    if (value instanceof LocalDate d) {
      return DAY.format(d);
    }
    if (value instanceof LocalDateTime t) {
      return DAY_TIME.format(t);
    }
    if (value instanceof LocalTime t) {
      return TIME.format(t);
    }
    if (value instanceof Instant i) {
      return DAY_TIME.format(i.atZone(ZONE));
    }
    if (value instanceof ZonedDateTime z) {
      return DAY_TIME.format(z.withZoneSameInstant(ZONE));
    }
    if (value instanceof OffsetDateTime o) {
      return DAY_TIME.format(o.atZoneSameInstant(ZONE));
    }
    if (value instanceof String s && ISO_DAY.matcher(s).matches()) {
      try {
        return DAY.format(LocalDate.parse(s));
      } catch (java.time.format.DateTimeParseException e) {
        return s; // not a day after all (2026-13-01): shown as typed
      }
    }
    return value;
  }

  public static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  public static String time(TemporalAccessor t) {
    return t == null ? "" : TIME.format(t);
  }

  /** A moment to the second (logs). */
  public static String momentToTheSecond(Instant i) {
    return i == null ? "" : DAY_TIME_SECONDS.format(i.atZone(ZONE));
  }

  public static String moment(Instant i) {
    return i == null ? "" : DAY_TIME.format(i.atZone(ZONE));
  }
}
