package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogTheme;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The observatory's thresholds, and its figures as an open-data file. */
class ObservatoryCsvTest {

  @Test
  void nothingIsGivenBelowFiveEntries() {
    assertNull(LogbookFigures.Count.of(4).value());
    assertEquals(5L, LogbookFigures.Count.of(5).value());
    assertFalse(LogbookFigures.Share.of(2, 4).shown(), "a share of four entries says too much");
    assertEquals(40, LogbookFigures.Share.of(2, 5).percent());
    assertEquals(67, LogbookFigures.Share.of(4, 6).percent(), "rounded");
  }

  @Test
  void aScopeIsADepartmentInItsRegionARegionOrFrance() {
    assertEquals(new LogbookFigures.Scope("84", "69"), LogbookFigures.Scope.of(null, "69"));
    assertEquals(new LogbookFigures.Scope("84", "69"), LogbookFigures.Scope.of("11", "69"));
    assertEquals(new LogbookFigures.Scope("11", null), LogbookFigures.Scope.of("11", ""));
    assertEquals(LogbookFigures.Scope.national(), LogbookFigures.Scope.of("<x>", "999"));
    assertEquals(12, LogbookFigures.Scope.of("84", null).departments().size());
    // The form shows Rhône in Auvergne-Rhône-Alpes: a region chosen instead wins, so does France.
    assertEquals(
        new LogbookFigures.Scope("11", null), LogbookFigures.Scope.asked("11", "69", "69"));
    assertEquals(LogbookFigures.Scope.national(), LogbookFigures.Scope.asked("", "69", "69"));
    assertEquals(
        new LogbookFigures.Scope("84", "69"), LogbookFigures.Scope.asked("84", "69", "69"));
    // Another department chosen wins over the region still shown.
    assertEquals(
        new LogbookFigures.Scope("75", "33"), LogbookFigures.Scope.asked("84", "33", "69"));
    assertEquals(
        new LogbookFigures.Scope("84", "69"), LogbookFigures.Scope.asked("84", "69", null));
  }

  @Test
  void theFiguresAreOneRowEachWithCodesAndWithheldValuesEmpty() throws Exception {
    var f =
        new LogbookFigures.Figures(
            new LogbookFigures.Scope("84", "69"),
            YearMonth.of(2026, 10),
            YearMonth.of(2026, 12),
            LogbookFigures.Count.of(42),
            LogbookFigures.Count.of(80),
            LogbookFigures.Count.of(3),
            List.of(
                new LogbookFigures.Demand(
                    LogTheme.EMAIL, LogbookFigures.Count.of(12), LogbookFigures.Count.of(10), 20),
                new LogbookFigures.Demand(
                    LogTheme.AI, LogbookFigures.Count.of(2), LogbookFigures.Count.of(0), null)),
            Map.of(
                LogKind.INDIVIDUAL,
                LogbookFigures.Count.of(30),
                LogKind.COLLECTIVE,
                LogbookFigures.Count.of(2)),
            LogbookFigures.Share.of(15, 30),
            LogbookFigures.Share.of(20, 30),
            LogbookFigures.Share.of(1, 3),
            List.of(
                new LogbookFigures.Month(
                    YearMonth.of(2026, 12),
                    LogbookFigures.Count.of(10),
                    LogbookFigures.Share.of(7, 10))));
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(ObservatoryCsv.write(f)))
            .getRecords();
    CSVRecord entries = rows.get(0);
    assertEquals("Rhône", entries.get("territoire"));
    assertEquals("69", entries.get("code_insee"));
    assertEquals("departement", entries.get("niveau"));
    assertEquals("2026-10", entries.get("debut"));
    assertEquals("accompagnements", entries.get("indicateur"));
    assertEquals("42", entries.get("valeur"));
    CSVRecord mediators = row(rows, "mediateurs", "");
    assertEquals("", mediators.get("valeur"), "three mediators: withheld");
    assertTrue(mediators.get("note").startsWith("moins de 5"));
    assertEquals("12", row(rows, "demande_par_thematique", "email").get("valeur"));
    assertEquals("20", row(rows, "evolution_demande_pct", "email").get("valeur"));
    assertEquals(
        "", row(rows, "demande_par_thematique", "intelligence_artificielle").get("valeur"));
    assertEquals("30", row(rows, "accompagnements_par_type", "individuel").get("valeur"));
    assertEquals("", row(rows, "accompagnements_par_type", "collectif").get("valeur"));
    assertEquals("50", row(rows, "part_autonomie_progresse_pct", "").get("valeur"));
    assertEquals("", row(rows, "part_visites_moins_aide_pct", "").get("valeur"));
    assertEquals("70", row(rows, "part_fait_avec_par_mois_pct", "2026-12").get("valeur"));
  }

  private static CSVRecord row(List<CSVRecord> rows, String indicator, String modality) {
    return rows.stream()
        .filter(r -> r.get("indicateur").equals(indicator) && r.get("modalite").equals(modality))
        .findFirst()
        .orElseThrow(() -> new AssertionError(indicator + " " + modality));
  }
}
