package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityTallyTest {

  private static final LocalDate JAN = LocalDate.of(2026, 1, 5);
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

  @Test
  void ratesComeWithTheirPeriodAndNumberOfLearners() {
    var f =
        new QualityTally()
            .span(JAN, JUNE)
            .learners(10, 2)
            // one sheet of 3 h 30: 10 learners certified, 8 present, 1 absent, 1 excused
            .certifiedSheets(210, 1, 10, 8)
            .answer(SurveyWave.HOT, JUNE, 5, 5, 5, 5, 5, 5)
            .answer(SurveyWave.HOT, JUNE, 3, 3, 3, 3, 3, 3)
            .figures(1, "Promotion A");
    assertEquals(10, f.learners());
    assertEquals(JAN, f.from());
    assertEquals(JUNE, f.to());
    assertEquals(20.0, f.dropOutRate());
    assertEquals(80.0, f.attendanceRate(), "an excused absence is still an absence");
    assertEquals(3.5, f.hoursDelivered());
    assertEquals(28.0, f.traineeHours());
    assertEquals(50.0, f.hot().satisfactionRate());
    assertEquals(0, f.cold().respondents());
  }

  @Test
  void organisationsAddUpTheirCohorts() {
    var a =
        new QualityTally()
            .span(JAN, JAN.plusMonths(2))
            .learners(4, 0)
            .certifiedSheets(180, 2, 0, 0)
            .answer(SurveyWave.COLD, JUNE, 4, 4, 4, 4, 4, 4);
    var b =
        new QualityTally()
            .span(JAN.plusMonths(1), JUNE)
            .learners(6, 3)
            .certifiedSheets(60, 3, 0, 0)
            .answer(SurveyWave.COLD, JAN, 2, 2, 2, 2, 2, 2);
    var org = new QualityTally().merge(a).merge(b).figures(7, "Organisme");
    assertEquals(10, org.learners());
    assertEquals(30.0, org.dropOutRate());
    assertEquals(9.0, org.hoursDelivered());
    assertEquals(JAN, org.from());
    assertEquals(JUNE, org.to());
    assertEquals(2, org.cold().respondents());
    assertEquals(50.0, org.cold().satisfactionRate());
  }

  @Test
  void withoutLearnersOrSheetsThereIsNoRate() {
    var f = new QualityTally().figures(0, "vide");
    assertNull(f.dropOutRate());
    assertNull(f.attendanceRate());
    assertNull(f.hot().satisfactionRate());
    assertEquals(0.0, f.traineeHours());
  }

  @Test
  void aCertifiedSheetKeepsItsCountsForTheDashboard() {
    User trainer = new User("formatrice", "f@example.org", "Formatrice", "x");
    List<User> learners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      User u = new User("apprenant" + i, i + "@example.org", "Apprenant " + i, "x");
      setId(u, 10L + i);
      learners.add(u);
    }
    AttendanceSheet sheet = new AttendanceSheet(null);
    assertNull(sheet.getRecordedCount(), "nothing counted before certification");
    Instant nine = Instant.parse("2026-03-02T08:00:00Z");
    sheet.sign(learners.get(0), nine);
    sheet.sign(learners.get(1), nine);
    sheet.certify(
        learners.subList(0, 4),
        Map.of(13L, AttendanceStatus.EXCUSED),
        trainer.getUsername(),
        nine.plusSeconds(4 * 3600));
    assertEquals(4, sheet.getRecordedCount());
    assertEquals(2, sheet.getPresentCount(), "those who signed, the others absent or excused");
    var f = new QualityTally().certifiedSheets(210, 1, 4, 2).figures(1, "Promotion");
    assertEquals(50.0, f.attendanceRate());
    assertEquals(7.0, f.traineeHours());
  }

  private static void setId(User u, long id) {
    try {
      var field = User.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(u, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
