package fr.capacite.domain.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R9: a stored PV decides the title from what it recorded, and an amendment keeps the original. */
class PvContentTest {

  private static final List<PvContent.BlockRef> TITLE =
      List.of(
          new PvContent.BlockRef(1, "CCP1", "Accompagner"),
          new PvContent.BlockRef(2, "CCP2", "Développer"),
          new PvContent.BlockRef(3, "CCP3", "Gérer"));

  private static PvContent content(Boolean ccp2) {
    PvContent.Candidate maya =
        PvContent.Candidate.decided(
            7,
            70,
            "Maya Médiatrice",
            ExamModality.ON_SITE,
            List.of(new PvContent.Decision(2, "CCP2", ccp2, ccp2 ? null : "Projet absent", false)),
            List.of(
                new PvContent.Ground("CCP1", "REMN-2019", "CCP1", LocalDate.of(2024, 6, 20)),
                new PvContent.Ground("CCP3", null, null, LocalDate.of(2025, 3, 1))),
            TITLE,
            "ABCDEFGH23");
    return new PvContent(
        PvContent.FORMAT,
        3,
        "Session",
        ExamKind.CCP,
        ExamModality.ON_SITE,
        LocalDate.of(2026, 3, 12),
        "Centre",
        "Site",
        "MN-2025",
        "Médiateur numérique",
        "RNCP40695",
        List.of(TITLE.get(1)),
        TITLE,
        List.of(new PvContent.Juror(1, "Jules Juré", Instant.parse("2026-03-12T17:00:00Z"))),
        List.of(maya),
        List.of());
  }

  @Test
  void theTitleFollowsTheRecordedGroundsAndTheDecisions() {
    assertTrue(content(true).candidate(7).titleGranted(), "CCP1 by equivalence, CCP3, CCP2 now");
    assertFalse(content(false).candidate(7).titleGranted());
    assertTrue(content(false).candidate(7).heldBefore().get(0).byEquivalence());
    assertFalse(content(false).candidate(7).heldBefore().get(1).byEquivalence());
    assertFalse(PvContent.titleGranted(List.of(), java.util.Set.of("CCP1")), "no CCP, no title");
  }

  @Test
  void anAmendmentGivesANewContentAndKeepsTheOriginal() {
    PvContent signed = content(true);
    Instant at = Instant.parse("2026-03-20T09:00:00Z");
    PvContent amended = signed.amended(7, 2, false, "Erreur de report", "admin", at);
    assertTrue(signed.candidate(7).titleGranted(), "the original is untouched");
    assertTrue(signed.amendments().isEmpty());
    assertFalse(amended.candidate(7).titleGranted(), "the title falls with CCP2");
    assertTrue(amended.candidate(7).decisions().get(0).amended());
    assertEquals(
        List.of(
            new PvContent.Change(
                7, "Maya Médiatrice", "CCP2", true, false, "Erreur de report", "admin", at)),
        amended.amendments());
    assertThrows(
        IllegalArgumentException.class,
        () -> amended.amended(7, 2, false, "Rien ne change", "admin", at),
        "an amendment changes the decision");
    assertThrows(IllegalArgumentException.class, () -> signed.amended(8, 2, false, "x", "a", at));
  }

  @Test
  void aRecordIsHashedAndOnlyLaterRevisionsSayWhy() {
    PvRecord record = new PvRecord(null, 1, "PVCODE2345", "{\"a\":1}", Instant.EPOCH, "jure", null);
    assertEquals(
        "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
        record.getContentHash());
    assertTrue(record.intact());
    assertThrows(
        IllegalArgumentException.class,
        () -> new PvRecord(null, 2, "PVCODE2345", "{}", Instant.EPOCH, "admin", null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PvRecord(null, 1, "PVCODE2345", "{}", Instant.EPOCH, "admin", "why"));
  }
}
