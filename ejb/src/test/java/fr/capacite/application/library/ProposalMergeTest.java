package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.capacite.domain.library.BlockContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Accepting some changes of a proposal and rejecting others. */
class ProposalMergeTest {

  private final List<BlockContent> base =
      List.of(
          BlockContent.section("Objectifs"),
          BlockContent.text("Repérer un faux SMS."),
          BlockContent.text("Conclusion."));
  private final List<BlockContent> proposed =
      List.of(
          BlockContent.section("Objectifs"),
          BlockContent.text("Repérer un faux SMS ou un faux courriel."),
          BlockContent.section("Ressources"));

  @Test
  void eachChangeIsAcceptedOrRejectedOnItsOwn() {
    var changes = RevisionDiff.blocks(base, proposed);
    List<Integer> decidable = ProposalMerge.decidable(changes);
    // the rewritten text; the conclusion removed; a section added (a text and a section differ in
    // kind)
    assertEquals(3, decidable.size(), changes.toString());
    // accept the rewritten text, reject the rest
    var merged = ProposalMerge.apply(changes, Set.of(decidable.get(0)));
    assertEquals(List.of(base.get(0), proposed.get(1), base.get(2)), merged);
    assertEquals(proposed, ProposalMerge.apply(changes, Set.copyOf(decidable)));
    assertEquals(base, ProposalMerge.apply(changes, Set.of()));
  }
}
