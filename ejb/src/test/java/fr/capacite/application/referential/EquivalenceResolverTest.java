package fr.capacite.application.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.referential.EquivalenceResolver.Link;
import fr.capacite.domain.referential.EquivalenceKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EquivalenceResolverTest {

  // 2015 block 1 -> 2019 block 11 -> 2025 block 21 (total), 2019 block 12 -> 2025 block 22
  // (partial)
  private final List<Link> links =
      List.of(
          new Link(1, 11, EquivalenceKind.TOTAL),
          new Link(11, 21, EquivalenceKind.TOTAL),
          new Link(12, 22, EquivalenceKind.PARTIAL));

  @Test
  void totalEquivalencesCarryThroughSeveralVersions() {
    assertEquals(
        Map.of(11L, EquivalenceKind.TOTAL, 21L, EquivalenceKind.TOTAL),
        EquivalenceResolver.carry(Set.of(1L), links));
  }

  @Test
  void aPartialStepMakesTheCarriedBlockPartial() {
    List<Link> mixed =
        List.of(new Link(1, 11, EquivalenceKind.PARTIAL), new Link(11, 21, EquivalenceKind.TOTAL));
    assertEquals(EquivalenceKind.PARTIAL, EquivalenceResolver.carry(Set.of(1L), mixed).get(21L));
    assertEquals(EquivalenceKind.PARTIAL, EquivalenceResolver.carry(Set.of(12L), links).get(22L));
  }

  @Test
  void theStrongestPathWins() {
    List<Link> twoPaths =
        List.of(new Link(1, 21, EquivalenceKind.PARTIAL), new Link(2, 21, EquivalenceKind.TOTAL));
    assertEquals(
        EquivalenceKind.TOTAL, EquivalenceResolver.carry(Set.of(1L, 2L), twoPaths).get(21L));
  }

  @Test
  void heldBlocksAndUnrelatedBlocksAreNotInTheResult() {
    Map<Long, EquivalenceKind> carried = EquivalenceResolver.carry(Set.of(1L, 11L), links);
    assertFalse(carried.containsKey(1L));
    assertFalse(carried.containsKey(11L));
    assertFalse(carried.containsKey(22L));
    assertTrue(EquivalenceResolver.carry(Set.of(99L), links).isEmpty());
  }

  @Test
  void cyclesAreDetected() {
    assertTrue(EquivalenceResolver.wouldCycle(21, 1, links));
    assertTrue(EquivalenceResolver.wouldCycle(5, 5, links));
    assertFalse(EquivalenceResolver.wouldCycle(2, 21, links));
  }
}
