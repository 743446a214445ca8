package fr.capacite.application.referential.rncp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.referential.rncp.ImportPlan.Field;
import fr.capacite.application.referential.rncp.ImportPlan.Type;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.BlockSnap;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.VersionSnap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPlannerTest {

  private static final ReferentialSnapshot STORED =
      new ReferentialSnapshot(
          List.of(
              new VersionSnap(
                  "REMN-2019",
                  null,
                  "REMN",
                  "5",
                  LocalDate.of(2019, 7, 13),
                  LocalDate.of(2025, 7, 12),
                  "TP",
                  null,
                  List.of()),
              new VersionSnap(
                  "MN-2025",
                  "RNCP40695",
                  "Médiateur numérique",
                  "5",
                  LocalDate.of(2025, 7, 13),
                  null,
                  "TP",
                  "REMN-2019",
                  List.of(
                      new BlockSnap("CCP1", null, null, 1, List.of("Accueillir les personnes"))))));

  private static RncpDataset.Fiche fiche(String number, String title) {
    return new RncpDataset.Fiche(number, title, null, null, null, true, 2);
  }

  @Test
  void aNewFicheStartsANewTitle() {
    RncpDataset d = new RncpDataset();
    d.add(
        new RncpDataset.Fiche("RNCP1", "Nouveau", "NIV4", LocalDate.of(2024, 1, 1), null, true, 2));
    ImportPlan plan = ImportPlanner.plan(d, STORED);
    assertEquals(
        List.of(Type.CREATE_CERTIFICATION, Type.CREATE_VERSION),
        plan.operations().stream().map(ImportPlan.Operation::type).toList());
    assertEquals("4", plan.operations().get(1).level());
  }

  @Test
  void aKnownFicheUpdatesOnlyWhatDiffers() {
    RncpDataset d = new RncpDataset();
    d.add(
        new RncpDataset.Fiche(
            "RNCP40695",
            "Médiateur numérique",
            "NIV5",
            LocalDate.of(2025, 7, 13),
            LocalDate.of(2030, 7, 12),
            true,
            2));
    ImportPlan plan = ImportPlanner.plan(d, STORED);
    assertEquals(1, plan.operations().size());
    var op = plan.operations().get(0);
    assertEquals(Type.UPDATE_VERSION, op.type());
    assertEquals(Field.VALID_UNTIL, op.field());
    assertEquals("2030-07-12", op.after());
  }

  @Test
  void blocksMatchByPositionThenCompetencesByOrder() {
    RncpDataset d = new RncpDataset();
    d.add(
        new RncpDataset.BlockEntry(
            "RNCP40695",
            "RNCP40695BC01",
            "Accueillir",
            List.of("Accueillir les personnes", "Recueillir les besoins"),
            2));
    d.add(new RncpDataset.BlockEntry("RNCP40695", "RNCP40695BC02", "Animer", List.of(), 3));
    ImportPlan plan = ImportPlanner.plan(d, STORED);
    assertEquals(
        List.of(Type.UPDATE_BLOCK, Type.UPDATE_BLOCK, Type.CREATE_COMPETENCE, Type.CREATE_BLOCK),
        plan.operations().stream().map(ImportPlan.Operation::type).toList());
    assertEquals(Field.RNCP_CODE, plan.operations().get(0).field());
    assertEquals("CCP1", plan.operations().get(0).block());
    assertEquals(2, plan.operations().get(2).order());
    assertEquals("CCP2", plan.operations().get(3).block());
  }

  @Test
  void planningTheSameDataAgainstItsResultPlansNothing() {
    RncpDataset d = new RncpDataset();
    d.add(fiche("RNCP40695", "Médiateur numérique"));
    d.add(
        new RncpDataset.BlockEntry(
            "RNCP40695", "RNCP40695BC01", "Accueillir", List.of("Accueillir les personnes"), 2));
    ReferentialSnapshot after =
        new ReferentialSnapshot(
            List.of(
                STORED.versions().get(0),
                new VersionSnap(
                    "MN-2025",
                    "RNCP40695",
                    "Médiateur numérique",
                    "5",
                    LocalDate.of(2025, 7, 13),
                    null,
                    "TP",
                    "REMN-2019",
                    List.of(
                        new BlockSnap(
                            "CCP1",
                            "RNCP40695BC01",
                            "Accueillir",
                            1,
                            List.of("Accueillir les personnes"))))));
    assertTrue(ImportPlanner.plan(d, after).isEmpty());
  }

  @Test
  void linksJoinTheTitleOfTheOldFicheAndSetThePredecessor() {
    ReferentialSnapshot stored =
        new ReferentialSnapshot(
            List.of(
                new VersionSnap(
                    "OLD", "RNCP100", "Ancien", null, null, null, "TP-X", null, List.of())));
    RncpDataset d = new RncpDataset();
    d.add(fiche("RNCP200", "Nouveau"));
    d.add(new RncpDataset.Link("RNCP100", "RNCP200", 5));
    d.add(new RncpDataset.Link("RNCP100", "RNCP999", 6));
    ImportPlan plan = ImportPlanner.plan(d, stored);
    assertEquals(
        List.of(Type.CREATE_VERSION, Type.LINK_PREDECESSOR),
        plan.operations().stream().map(ImportPlan.Operation::type).toList());
    assertEquals("TP-X", plan.operations().get(0).certification());
    assertEquals("OLD", plan.operations().get(1).after());
    assertEquals(1, plan.warnings().size());
    assertEquals(6, plan.warnings().get(0).line());
  }

  @Test
  void blocksOfAnUnknownFicheAreRefused() {
    RncpDataset d = new RncpDataset();
    d.add(new RncpDataset.BlockEntry("RNCP777", "RNCP777BC01", "Bloc", List.of(), 4));
    var e = assertThrows(RncpFormatException.class, () -> ImportPlanner.plan(d, STORED));
    assertEquals("referential.import.error.unknownFiche", e.getMessageKey());
    assertEquals(4, e.getLine());
  }

  @Test
  void conflictingDuplicateFichesAreRefusedAndIdenticalOnesIgnored() {
    RncpDataset same = new RncpDataset();
    same.add(fiche("RNCP1", "A"));
    same.add(new RncpDataset.Fiche("RNCP1", "A", null, null, null, true, 3));
    assertEquals(2, ImportPlanner.plan(same, STORED).operations().size());
    RncpDataset conflicting = new RncpDataset();
    conflicting.add(fiche("RNCP1", "A"));
    conflicting.add(new RncpDataset.Fiche("RNCP1", "B", null, null, null, true, 3));
    assertEquals(
        "referential.import.error.duplicateFiche",
        assertThrows(RncpFormatException.class, () -> ImportPlanner.plan(conflicting, STORED))
            .getMessageKey());
  }

  @Test
  void levelsAreNormalised() {
    assertEquals("5", ImportPlanner.normaliseLevel("NIV5"));
    assertEquals("5", ImportPlanner.normaliseLevel("niv 5"));
    assertEquals(
        "III (ancienne nomenclature)", ImportPlanner.normaliseLevel("III (ancienne nomenclature)"));
    assertEquals(12, ImportPlanner.blockNumber("RNCP1BC12"));
  }
}
