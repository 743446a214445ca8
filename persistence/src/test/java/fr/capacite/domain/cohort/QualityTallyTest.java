package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
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
            .attendance(AttendanceStatus.PRESENT, 210, 8) // 8 learners × 3 h 30
            .attendance(AttendanceStatus.ABSENT, 210, 1)
            .attendance(AttendanceStatus.EXCUSED, 210, 1)
            .delivered(210, 1)
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
            .delivered(180, 2)
            .answer(SurveyWave.COLD, JUNE, 4, 4, 4, 4, 4, 4);
    var b =
        new QualityTally()
            .span(JAN.plusMonths(1), JUNE)
            .learners(6, 3)
            .delivered(60, 3)
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
}
