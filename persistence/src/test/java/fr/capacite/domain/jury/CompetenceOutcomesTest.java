package fr.capacite.domain.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompetenceOutcomesTest {

  @Test
  void itemsAreSummedPerCompetenceWithTheCandidatesOfItsMostScoredItem() {
    var shares =
        CompetenceOutcomes.perCompetence(
            List.of(
                new CompetenceOutcomes.Item("k:1", 12, 9, 6),
                new CompetenceOutcomes.Item("k:2", 12, 6, 6),
                new CompetenceOutcomes.Item("c:7", 4, 1, 4),
                new CompetenceOutcomes.Item("k:99", 3, 3, 3)),
            Map.of("k:1", 10L, "k:2", 10L, "c:7", 7L));
    assertEquals(new CompetenceOutcomes.Share(24, 15, 6), shares.get(10L));
    assertEquals(63, shares.get(10L).percent(), "15 of 24 criteria met");
    assertEquals(2, shares.size(), "an item of no known competence is left out");
  }

  @Test
  void aShareIsWithheldBelowFiveCandidates() {
    CompetenceOutcomes.Share four = new CompetenceOutcomes.Share(8, 8, 4);
    assertFalse(four.shown());
    assertNull(four.percent());
    CompetenceOutcomes.Share five = new CompetenceOutcomes.Share(10, 5, 5);
    assertTrue(five.shown());
    assertEquals(50, five.percent());
    assertFalse(new CompetenceOutcomes.Share(0, 0, 9).shown(), "nothing scored");
  }

  @Test
  void gridItemsNameACriterionOrACompetence() {
    assertEquals(Optional.of(12L), CompetenceOutcomes.criterion("k:12"));
    assertEquals(Optional.empty(), CompetenceOutcomes.criterion("c:12"));
    assertEquals(Optional.of(7L), CompetenceOutcomes.competence("c:7"));
    assertEquals(Optional.empty(), CompetenceOutcomes.competence("c:x"));
    assertEquals(Optional.empty(), CompetenceOutcomes.criterion(null));
  }
}
