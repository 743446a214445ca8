package fr.capacite.application.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.capacite.application.cohort.SatisfactionService;
import fr.capacite.application.identity.Retention;
import fr.capacite.application.library.LinkChecker;
import fr.capacite.application.library.OrphanUploads;
import fr.capacite.application.organisation.QualiopiReminders;
import fr.capacite.application.path.DeadlineReminders;
import jakarta.ejb.Schedule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daily jobs run at the hour the jobs page announces, in the organisations' zone: a timer
 * without a zone follows the server's (UTC on most hosts), an hour or two off from the page.
 */
class SchedulesTest {

  @Test
  void everyDailyJobRunsOnParisTime() {
    for (Class<?> job :
        List.of(
            Retention.class,
            LinkChecker.class,
            OrphanUploads.class,
            SatisfactionService.class,
            QualiopiReminders.class,
            DeadlineReminders.class)) {
      List<Schedule> schedules =
          Arrays.stream(job.getDeclaredMethods())
              .map(m -> m.getAnnotation(Schedule.class))
              .filter(s -> s != null)
              .toList();
      assertFalse(schedules.isEmpty(), job.getSimpleName() + " has a daily timer");
      for (Schedule s : schedules) {
        assertEquals("Europe/Paris", s.timezone(), job.getSimpleName() + " " + s.hour() + "h");
      }
    }
  }
}
