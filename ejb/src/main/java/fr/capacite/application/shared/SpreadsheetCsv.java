package fr.capacite.application.shared;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV files people open by double-click in a spreadsheet: ';'-separated in French (the list
 * separator of a French spreadsheet, where ',' is the decimal comma) and ',' in English, CRLF line
 * ends, and a byte-order mark so that the file is read as UTF-8.
 *
 * <p>Text cells are neutralised against formula injection (OWASP "CSV Injection"): a cell that
 * begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it. Commons CSV quotes but does not do this,
 * and no well-kept library does only this, hence these few lines.
 */
public final class SpreadsheetCsv {

  /** Written first: spreadsheets then read the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  private SpreadsheetCsv() {}

  public static CSVFormat format(Locale locale) {
    return CSVFormat.Builder.create(CSVFormat.DEFAULT)
        .setDelimiter(french(locale) ? ';' : ',')
        .setRecordSeparator("\r\n")
        .get();
  }

  public static boolean french(Locale locale) {
    return locale == null || "fr".equals(locale.getLanguage());
  }

  /** A text cell as a spreadsheet must show it: never as a formula. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
