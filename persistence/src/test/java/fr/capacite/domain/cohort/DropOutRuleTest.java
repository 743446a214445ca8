package fr.capacite.domain.cohort;

import static fr.capacite.domain.cohort.AttendanceStatus.ABSENT;
import static fr.capacite.domain.cohort.AttendanceStatus.EXCUSED;
import static fr.capacite.domain.cohort.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DropOutRuleTest {

  @Test
  void threeUnexcusedAbsencesInARowPutTheLearnerAtRisk() {
    assertTrue(DropOutRule.atRisk(List.of(PRESENT, ABSENT, ABSENT, ABSENT)));
    assertTrue(DropOutRule.atRisk(List.of(ABSENT, ABSENT, ABSENT, ABSENT)));
  }

  @Test
  void twoAbsencesOrAbsencesBrokenByAPresenceDoNot() {
    assertFalse(DropOutRule.atRisk(List.of()));
    assertFalse(DropOutRule.atRisk(List.of(PRESENT, ABSENT, ABSENT)));
    assertFalse(DropOutRule.atRisk(List.of(ABSENT, ABSENT, PRESENT, ABSENT)));
    assertFalse(
        DropOutRule.atRisk(List.of(ABSENT, ABSENT, ABSENT, PRESENT)), "coming back ends the risk");
  }

  @Test
  void anExcusedAbsenceNeitherCountsNorBreaksTheRun() {
    assertFalse(DropOutRule.atRisk(List.of(ABSENT, EXCUSED, ABSENT)));
    assertTrue(DropOutRule.atRisk(List.of(ABSENT, EXCUSED, ABSENT, EXCUSED, ABSENT)));
    assertFalse(DropOutRule.atRisk(List.of(EXCUSED, EXCUSED, EXCUSED)));
  }
}
