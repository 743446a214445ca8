package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.DeployedEarSupport;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A trainer's own calendar, as the iCalendar file her agenda subscribes to. */
class ScheduleApiIT extends DeployedEarSupport {

  private record Slot(Instant start, Instant end, String summary) {}

  /**
   * The demo trainer is never booked twice: the module placed around the demo's start and the
   * ongoing cohort's session of the same day once overlapped (a clash the schedule itself refuses).
   */
  @Test
  void theDemoTrainersCalendarHasNoOverlappingSessions() throws Exception {
    HttpClient http = loggedIn("formatrice", DemoAccounts.PASSWORD);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(root() + "api/schedule/mine.ics")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(r.body()));
    List<Slot> slots = new ArrayList<>();
    for (Object c : calendar.getComponents()) {
      if (c instanceof VEvent e) {
        Temporal start = e.getStartDate().orElseThrow().getDate();
        Temporal end = e.getEndDate().orElseThrow().getDate();
        slots.add(
            new Slot(
                Instant.from(start),
                Instant.from(end),
                e.getSummary() == null ? "" : e.getSummary().getValue()));
      }
    }
    assertFalse(slots.isEmpty(), r.body());
    slots.sort(Comparator.comparing(Slot::start));
    for (int i = 1; i < slots.size(); i++) {
      Slot before = slots.get(i - 1);
      Slot next = slots.get(i);
      assertFalse(next.start().isBefore(before.end()), "booked twice: " + before + " and " + next);
    }
  }
}
