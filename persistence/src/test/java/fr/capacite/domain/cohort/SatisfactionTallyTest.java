package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SatisfactionTallyTest {

  private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

  @Test
  void theRateIsTheShareOfRespondentsSatisfiedOverallWithItsPeriodAndCount() {
    var r =
        new SatisfactionTally()
            .add(JUNE_30, 5, 5, 5, 5, 5, 5)
            .add(MAY_2, 4, 3, 4, 2, 3, 4)
            .add(LocalDate.of(2026, 6, 1), 1, 2, 2, 1, 1, 3)
            .add(LocalDate.of(2026, 6, 2), 2, 2, 2, 2, 2, 1)
            .result();
    assertEquals(4, r.respondents());
    assertEquals(50.0, r.satisfactionRate(), "4 and 5 count, 3 does not");
    assertEquals(MAY_2, r.from());
    assertEquals(JUNE_30, r.to());
    assertEquals(3.0, r.mean(SatisfactionQuestion.OBJECTIVES));
    assertEquals(2.5, r.mean(SatisfactionQuestion.ORGANISATION));
    assertEquals(3.25, r.mean(SatisfactionQuestion.OVERALL));
  }

  @Test
  void withoutRespondentThereIsNoRateRatherThanZero() {
    var r = new SatisfactionTally().result();
    assertEquals(0, r.respondents());
    assertNull(r.satisfactionRate());
    assertTrue(r.means().isEmpty());
    assertNull(r.from());
  }

  @Test
  void scoresOutsideTheScaleOrMissingAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SatisfactionTally().add(MAY_2, 1, 2, 3));
    assertThrows(
        IllegalArgumentException.class, () -> new SatisfactionTally().add(MAY_2, 0, 5, 5, 5, 5, 5));
    assertThrows(
        IllegalArgumentException.class, () -> new SatisfactionTally().add(MAY_2, 6, 5, 5, 5, 5, 5));
  }

  @Test
  void aResponseNeedsEveryQuestionScored() {
    var scores = new java.util.EnumMap<SatisfactionQuestion, Integer>(SatisfactionQuestion.class);
    for (SatisfactionQuestion q : SatisfactionQuestion.values()) {
      scores.put(q, 4);
    }
    scores.remove(SatisfactionQuestion.TRAINERS);
    assertThrows(
        IllegalArgumentException.class,
        () -> new SurveyResponse(null, SurveyWave.HOT, null, MAY_2, scores, null));
  }

  @Test
  void theColdWaveIsDueThreeMonthsAfterTheEnd() {
    assertEquals(JUNE_30, SurveyWave.HOT.dueOn(JUNE_30));
    assertEquals(LocalDate.of(2026, 9, 30), SurveyWave.COLD.dueOn(JUNE_30));
  }
}
