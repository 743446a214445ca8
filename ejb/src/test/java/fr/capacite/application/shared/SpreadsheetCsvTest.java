package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Exports open in a French spreadsheet by double-click, and never run a formula from user text. */
class SpreadsheetCsvTest {

  @Test
  void aCellThatLooksLikeAFormulaIsShownAsText() {
    assertEquals(
        "'=HYPERLINK(\"http://x\";\"clic\")",
        SpreadsheetCsv.text("=HYPERLINK(\"http://x\";\"clic\")"));
    assertEquals("'+33 1 23", SpreadsheetCsv.text("+33 1 23"));
    assertEquals("'-2+3", SpreadsheetCsv.text("-2+3"));
    assertEquals("'@SUM(A1)", SpreadsheetCsv.text("@SUM(A1)"));
    assertEquals("'\tx", SpreadsheetCsv.text("\tx"));
    assertEquals("Promotion = mars", SpreadsheetCsv.text("Promotion = mars"));
    assertEquals("", SpreadsheetCsv.text(null));
  }

  @Test
  void frenchFilesUseSemicolonsEnglishOnesCommas() {
    assertEquals(";", SpreadsheetCsv.format(Locale.FRENCH).getDelimiterString());
    assertEquals(",", SpreadsheetCsv.format(Locale.UK).getDelimiterString());
    assertEquals("\r\n", SpreadsheetCsv.format(Locale.FRENCH).getRecordSeparator());
  }
}
