package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.TrainingSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clash arithmetic, weekly repetition and the iCalendar output. */
class ScheduleRulesTest {

  private static LocalTime t(String hhmm) {
    return LocalTime.parse(hhmm);
  }

  @Test
  void slotsOverlapOnlyWhenTheyShareTime() {
    assertTrue(TrainingSession.overlaps(t("09:00"), t("12:00"), t("11:00"), t("13:00")));
    assertTrue(TrainingSession.overlaps(t("09:00"), t("17:00"), t("10:00"), t("11:00")));
    assertFalse(
        TrainingSession.overlaps(t("09:00"), t("12:00"), t("12:00"), t("13:00")),
        "touching ends do not clash");
    assertFalse(TrainingSession.overlaps(t("14:00"), t("17:00"), t("09:00"), t("12:00")));
  }

  @Test
  void aWeeklySeriesRepeatsTheChosenWeekdaysUntilTheLastDay() {
    LocalDate monday = LocalDate.of(2026, 10, 5);
    assertEquals(
        List.of(
            monday,
            LocalDate.of(2026, 10, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 10, 14)),
        Recurrence.weekly(
            monday, LocalDate.of(2026, 10, 14), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)));
    assertEquals(
        List.of(monday, LocalDate.of(2026, 10, 12)),
        Recurrence.weekly(monday, LocalDate.of(2026, 10, 18), EnumSet.noneOf(DayOfWeek.class)));
    assertEquals(List.of(monday), Recurrence.weekly(monday, null, EnumSet.of(DayOfWeek.FRIDAY)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Recurrence.weekly(monday, monday.plusYears(10), EnumSet.allOf(DayOfWeek.class)));
  }

  @Test
  void theCalendarHasOneEventPerSessionInUtc() {
    String ics =
        CalendarWriter.write(
            List.of(
                new SessionView(
                    7,
                    0,
                    "C-1",
                    "Promotion",
                    LocalDate.of(2026, 10, 5),
                    t("09:00"),
                    t("12:30"),
                    "Atelier République",
                    "Salle 2",
                    "Fanny Formatrice",
                    "Accueillir les publics",
                    Modality.ON_SITE,
                    3)));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    assertTrue(ics.contains("VERSION:2.0"));
    assertTrue(ics.contains("UID:session-7@localhost"), ics);
    assertTrue(ics.contains("DTSTART:20261005T070000Z"), ics);
    assertTrue(ics.contains("DTEND:20261005T103000Z"), ics);
    assertTrue(ics.contains("SUMMARY:Accueillir les publics (C-1)"));
    assertTrue(ics.contains("LOCATION:Atelier République\\, Salle 2"), ics);
  }

  private static SessionView session(long id, String topic, String site, String room) {
    return new SessionView(
        id,
        0,
        "C-" + id,
        "Promotion « Médiateur numérique » de l’Atelier République — été",
        LocalDate.of(2026, 10, 5),
        t("09:00"),
        t("12:30"),
        site,
        room,
        "Éléonore Française-Bénédicte",
        topic,
        Modality.ON_SITE,
        3);
  }

  @Test
  void everyLineIsFoldedAt75OctetsAndTheFileParsesAndValidatesWithIcal4j() throws Exception {
    String accents =
        "Éducation à l’écriture numérique et démarches en ligne en sécurité ".repeat(4);
    String ics =
        CalendarWriter.write(
            List.of(
                session(1, accents, "Médiathèque Émile-Zola", "Salle « Éveil »"),
                session(2, "Emoji 📱 ".repeat(30), null, null),
                session(3, "x".repeat(300), "Site", "Salle 2")),
            "capacite.example.org");
    for (String line : ics.split("\r\n")) {
      assertTrue(
          line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75,
          line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " octets: " + line);
      assertTrue(!line.contains("\uFFFD"), "no character cut in two");
    }
    assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
    // Unfolded (RFC 5545, 3.1), the text is whole again.
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:" + accents + " (C-1)"), unfolded);
    assertTrue(unfolded.contains("SUMMARY:" + "Emoji 📱 ".repeat(30)), unfolded);
    assertTrue(unfolded.contains("UID:session-3@capacite.example.org"), unfolded);
    // ical4j reads it back, and its validator finds nothing wrong.
    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    assertEquals(3, parsed.getComponents("VEVENT").size());
    assertTrue(!parsed.validate().hasErrors(), parsed.validate().getEntries().toString());
  }

  @Test
  void aCalendarWithoutSessionsIsStillValidAndNamesItsZone() throws Exception {
    String ics = CalendarWriter.write(List.of(), "capacite.example.org");
    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    assertEquals(0, parsed.getComponents("VEVENT").size());
    assertEquals(1, parsed.getComponents("VTIMEZONE").size());
    assertTrue(ics.contains("TZID:Europe/Paris"), ics);
    assertTrue(!parsed.validate().hasErrors(), parsed.validate().getEntries().toString());
  }

  @Test
  void theUidDomainIsTheHostOfThePublicAddress() {
    String before = System.getProperty("capacite.url");
    try {
      System.setProperty("capacite.url", "https://Capacite.Example.fr:8443/app/");
      assertEquals("capacite.example.fr", CalendarWriter.uidDomain());
      System.setProperty("capacite.url", "not a url");
      assertEquals("localhost", CalendarWriter.uidDomain());
    } finally {
      if (before == null) {
        System.clearProperty("capacite.url");
      } else {
        System.setProperty("capacite.url", before);
      }
    }
  }
}
