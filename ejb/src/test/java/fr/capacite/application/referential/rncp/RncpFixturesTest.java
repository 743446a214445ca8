package fr.capacite.application.referential.rncp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.referential.rncp.ImportPlan.Operation;
import fr.capacite.application.referential.rncp.ImportPlan.Type;
import fr.capacite.application.referential.rncp.ImportPlan.Warning;
import fr.capacite.testing.RncpFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The export in its published shape (see {@code src/test/resources/rncp/README.md}). */
class RncpFixturesTest {

  private static RncpDataset csv(String name) {
    return RncpCsvParser.parse(new ByteArrayInputStream(RncpFixtures.bytes(name)), name, n -> {});
  }

  private static RncpDataset xml() {
    return RncpXmlParser.parse(
        new ByteArrayInputStream(RncpFixtures.bytes(RncpFixtures.XML_FILE)),
        RncpFixtures.XML_FILE,
        n -> {});
  }

  private static RncpDataset allCsv() {
    RncpDataset all = new RncpDataset();
    all.addAll(csv(RncpFixtures.CSV_FILES.get(0)));
    all.addAll(csv(RncpFixtures.CSV_FILES.get(1)));
    all.addAll(csv(RncpFixtures.CSV_FILES.get(2)));
    return all;
  }

  private static List<Operation> ofType(ImportPlan plan, Type type) {
    return plan.operations().stream().filter(o -> o.type() == type).toList();
  }

  private static List<String> warningKeys(ImportPlan plan) {
    return plan.warnings().stream().map(Warning::key).toList();
  }

  @Test
  void theStandardFileReadsRncpAndRsFichesQuotedWithCrlfAndBareEmptyValues() {
    Map<String, RncpDataset.Fiche> fiches =
        csv(RncpFixtures.CSV_FILES.get(0)).fiches().stream()
            .collect(Collectors.toMap(RncpDataset.Fiche::number, Function.identity()));
    assertEquals(3, fiches.size());
    RncpDataset.Fiche remn = fiches.get("RNCP90101");
    assertEquals("Responsable d'espace de médiation numérique (essai)", remn.title());
    assertEquals("NIV5", remn.level());
    assertEquals(java.time.LocalDate.of(2019, 7, 13), remn.effectiveFrom());
    assertEquals(Boolean.FALSE, remn.active());
    assertEquals(Boolean.TRUE, fiches.get("RNCP90202").active());
    assertEquals(null, fiches.get("RS95476").level());
    assertEquals(3, fiches.get("RS95476").line());
  }

  @Test
  void rsFichesAreSkippedAndReportedUnlessTheAdministratorAsksForThem() {
    ImportPlan skipping = ImportPlanner.plan(allCsv(), new ReferentialSnapshot(List.of()), false);
    assertEquals(2, ofType(skipping, Type.CREATE_VERSION).size());
    assertTrue(
        ofType(skipping, Type.CREATE_VERSION).stream()
            .noneMatch(o -> o.version().startsWith("RS")));
    Warning skipped =
        skipping.warnings().stream()
            .filter(w -> w.key().endsWith("skippedSpecific"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, skipped.line());
    assertEquals("1 — RS95476", skipped.detail());
    // its link to an unknown RS is skipped with it, not reported as unknown
    assertFalse(warningKeys(skipping).contains("referential.import.warning.unknownLink"));

    ImportPlan including = ImportPlanner.plan(allCsv(), new ReferentialSnapshot(List.of()), true);
    assertEquals(3, ofType(including, Type.CREATE_VERSION).size());
    assertTrue(
        ofType(including, Type.CREATE_VERSION).stream()
            .anyMatch(o -> o.version().equals("RS95476")));
    assertFalse(warningKeys(including).contains("referential.import.warning.skippedSpecific"));
    assertTrue(warningKeys(including).contains("referential.import.warning.unknownLink"));
  }

  @Test
  void blocksOutOfCodeOrderTakeThePositionOfTheirCode() {
    ImportPlan plan = ImportPlanner.plan(allCsv(), new ReferentialSnapshot(List.of()), false);
    Map<String, Operation> blocks =
        ofType(plan, Type.CREATE_BLOCK).stream()
            .filter(o -> o.version().equals("RNCP90202"))
            .collect(Collectors.toMap(Operation::before, Function.identity()));
    assertEquals(3, blocks.size());
    assertEquals(1, blocks.get("RNCP90202BC01").order());
    assertEquals("CCP1", blocks.get("RNCP90202BC01").block());
    assertEquals(3, blocks.get("RNCP90202BC03").order());
    assertEquals("CCP3", blocks.get("RNCP90202BC03").block());
    assertEquals(1, ofType(plan, Type.LINK_PREDECESSOR).size());
    assertEquals("RNCP90101", ofType(plan, Type.LINK_PREDECESSOR).get(0).after());
  }

  @Test
  void theXmlTitleIsTheOneUnderFicheAndItsListsCorrespondencesAndLinksAreRead() {
    RncpDataset data = xml();
    Map<String, RncpDataset.Fiche> fiches =
        data.fiches().stream()
            .collect(Collectors.toMap(RncpDataset.Fiche::number, Function.identity()));
    assertEquals(
        "Responsable d'espace de médiation numérique (essai)", fiches.get("RNCP90101").title());
    assertEquals("Médiateur numérique (essai)", fiches.get("RNCP90202").title());
    assertEquals("NIV5", fiches.get("RNCP90202").level());
    assertEquals(Boolean.FALSE, fiches.get("RNCP90101").active());
    assertEquals(Boolean.TRUE, fiches.get("RNCP90202").active());
    // the ID_FICHE_… children name the versions on both sides (read once per side)
    assertTrue(data.links().stream().allMatch(l -> l.oldNumber().equals("RNCP90101")));
    assertEquals(2, data.links().size());

    Map<String, List<String>> competences =
        data.blocks().stream()
            .collect(
                Collectors.toMap(
                    RncpDataset.BlockEntry::code, RncpDataset.BlockEntry::competences));
    assertEquals(6, competences.size(), "the blocks inside CORRESPONDANCES are not blocks");
    assertEquals(
        List.of(
            "Préparer un atelier collectif",
            "Animer un atelier collectif",
            "Évaluer un atelier collectif"),
        competences.get("RNCP90101BC02"));
    assertEquals(
        List.of("Accueillir les publics", "Diagnostiquer les besoins numériques d’une personne"),
        competences.get("RNCP90101BC01"));
    assertEquals(
        List.of(
            "Tenir les indicateurs d'activité de l'espace", "Construire des partenariats locaux"),
        competences.get("RNCP90101BC03"));
    assertEquals(
        List.of("Concevoir une action collective", "Animer une action collective"),
        competences.get("RNCP90202BC03"));

    assertEquals(
        List.of(
            new RncpDataset.Equivalence(
                "RNCP90101BC01", "RNCP90202", "RNCP90202BC01", data.equivalences().get(0).line()),
            new RncpDataset.Equivalence(
                "RNCP90101BC02", "RNCP90202", "RNCP90202BC03", data.equivalences().get(1).line())),
        data.equivalences());
  }

  @Test
  void correspondencesBecomeEquivalencesOnceAndNeverACycle() {
    ImportPlan plan = ImportPlanner.plan(xml(), new ReferentialSnapshot(List.of()), false);
    List<Operation> equivalences = ofType(plan, Type.CREATE_EQUIVALENCE);
    assertEquals(2, equivalences.size());
    assertEquals("RNCP90101 / CCP1 → RNCP90202 / CCP1", equivalences.get(0).target());
    assertEquals("RNCP90101 / CCP2 → RNCP90202 / CCP3", equivalences.get(1).target());
    assertTrue(warningKeys(plan).contains("referential.import.warning.skippedSpecific"));

    // Stored already: nothing planned. Published the other way round too: refused as a cycle.
    RncpDataset both = xml();
    both.add(new RncpDataset.Equivalence("RNCP90202BC01", "RNCP90101", "RNCP90101BC01", 99));
    both.add(new RncpDataset.Equivalence("RNCP90101BC03", "RNCP90202", "RNCP90202BC09", 100));
    ImportPlan again =
        ImportPlanner.plan(
            both,
            new ReferentialSnapshot(
                List.of(),
                List.of(
                    new ReferentialSnapshot.EquivalenceSnap(
                        "RNCP90101", "CCP1", "RNCP90202", "CCP1"))),
            false);
    assertEquals(1, ofType(again, Type.CREATE_EQUIVALENCE).size());
    Warning cycle =
        again.warnings().stream()
            .filter(w -> w.key().endsWith("equivalenceCycle"))
            .findFirst()
            .orElseThrow();
    assertEquals(99, cycle.line());
    Warning unknown =
        again.warnings().stream()
            .filter(w -> w.key().endsWith("unknownEquivalence"))
            .findFirst()
            .orElseThrow();
    assertEquals("RNCP90101BC03 → RNCP90202BC09", unknown.detail());
  }

  @Test
  void anEncodingErrorNamesItsOwnLineBeyondTheDecodersReadAhead() {
    StringBuilder s = new StringBuilder("\"Numero_Fiche\";\"Intitule\"\r\n");
    for (int i = 2; i < 700; i++) {
      s.append("\"RNCP").append(90000 + i).append("\";\"Titre numéro ").append(i).append("\"\r\n");
    }
    byte[] good = s.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 30];
    System.arraycopy(good, 0, bad, 0, good.length);
    byte[] tail = "\"RNCP99999\";\"Titre \u00e9".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(tail, 0, bad, good.length, tail.length);
    byte[] file = java.util.Arrays.copyOf(bad, good.length + tail.length);
    assertTrue(good.length > 16 * 1024, "the error lies beyond the decoder's read-ahead");
    RncpFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RncpFormatException.class,
            () -> RncpCsvParser.parse(new ByteArrayInputStream(file), "Standard.csv", n -> {}));
    assertEquals("referential.import.error.encoding", e.getMessageKey());
    assertEquals(700, e.getLine());
  }
}
