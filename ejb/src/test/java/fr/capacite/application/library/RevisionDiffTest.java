package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.library.RevisionDiff.Change;
import fr.capacite.application.library.RevisionDiff.Op;
import fr.capacite.application.library.RevisionDiff.Segment;
import fr.capacite.domain.library.BlockContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Block-by-block, word-by-word differences between revisions. */
class RevisionDiffTest {

  @Test
  void wordsChangedAreMarkedAndTheRestKept() {
    List<Segment> s =
        RevisionDiff.words(
            "Ne cliquez pas sur le lien du SMS.", "Ne cliquez jamais sur le lien reçu par SMS.");
    assertEquals(
        List.of(
            new Segment(Op.EQUAL, "Ne cliquez "),
            new Segment(Op.DELETE, "pas "),
            new Segment(Op.INSERT, "jamais "),
            new Segment(Op.EQUAL, "sur le lien "),
            new Segment(Op.DELETE, "du "),
            new Segment(Op.INSERT, "reçu par "),
            new Segment(Op.EQUAL, "SMS.")),
        s);
  }

  @Test
  void blocksAreAlignedAddedRemovedAndChanged() {
    List<BlockContent> before =
        List.of(
            BlockContent.section("Objectifs"),
            BlockContent.text("Repérer un faux SMS."),
            BlockContent.link("Signal Spam", "https://www.signal-spam.fr/", null));
    List<BlockContent> after =
        List.of(
            BlockContent.section("Objectifs"),
            BlockContent.text("Repérer un faux SMS ou un faux courriel."),
            BlockContent.section("Pour aller plus loin"),
            BlockContent.link("Cybermalveillance", "https://www.cybermalveillance.gouv.fr/", null));
    var changes = RevisionDiff.blocks(before, after);
    assertEquals(
        List.of(Change.UNCHANGED, Change.CHANGED, Change.REMOVED, Change.ADDED, Change.ADDED),
        changes.stream().map(RevisionDiff.BlockChange::change).toList(),
        changes.toString());
    assertTrue(
        changes.get(1).words().stream()
            .anyMatch(w -> w.op() == Op.INSERT && w.text().contains("ou un faux courriel.")),
        changes.get(1).words().toString());
    assertEquals(new Segment(Op.EQUAL, "Repérer un faux "), changes.get(1).words().get(0));
  }

  @Test
  void theSameRevisionHasNoChange() {
    var blocks = List.of(BlockContent.section("A"), BlockContent.text("B"));
    assertTrue(RevisionDiff.identical(RevisionDiff.blocks(blocks, blocks)));
    assertEquals(List.of(), RevisionDiff.words("", ""));
    var onlyAdded = RevisionDiff.blocks(List.of(), blocks);
    assertEquals(
        List.of(Change.ADDED, Change.ADDED),
        onlyAdded.stream().map(RevisionDiff.BlockChange::change).toList());
  }
}
