package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.cohort.QualityTally;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quality CSV opens in a French spreadsheet, and a cohort's title never runs as a formula. */
class QualityCsvTest {

  @Test
  void aTitleThatLooksLikeAFormulaStaysText() {
    LocalDate jan = LocalDate.of(2026, 1, 5);
    var tally = new QualityTally().span(jan, jan.plusMonths(3)).learners(4, 1);
    var row = tally.figures(1, "=HYPERLINK(\"http://evil.example\";\"Cliquez\")");
    var report =
        new QualityReport(
            jan,
            jan.plusMonths(3),
            tally.figures(0, "Total"),
            List.of(row),
            List.of(),
            List.of(),
            java.time.Instant.now());
    String csv = QualityCsv.write(report, Locale.FRENCH);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Cliquez\"\")\";"), csv);
    assertTrue(csv.lines().findFirst().orElseThrow().contains(";"), "French files use ';'");
    assertTrue(csv.contains("25"), "the drop-out rate: " + csv);
  }
}
