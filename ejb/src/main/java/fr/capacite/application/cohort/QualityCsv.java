package fr.capacite.application.cohort;

import fr.capacite.application.shared.SpreadsheetCsv;
import fr.capacite.domain.cohort.QualityTally.Figures;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The quality dashboard as CSV, headed in the reader's language. French spreadsheets expect ";" and
 * decimal commas, so a French export uses them; otherwise "," and decimal points.
 */
public final class QualityCsv {

  private static final String[] COLUMNS = {
    "name",
    "from",
    "to",
    "learners",
    "satisfactionRate",
    "respondents",
    "coldSatisfactionRate",
    "coldRespondents",
    "dropOutRate",
    "attendanceRate",
    "hoursDelivered",
    "traineeHours"
  };

  private QualityCsv() {}

  public static String write(QualityReport report, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale);
    boolean french = locale.getLanguage().equals("fr");
    NumberFormat n = NumberFormat.getNumberInstance(french ? Locale.FRANCE : Locale.UK);
    n.setGroupingUsed(false);
    n.setMaximumFractionDigits(1);
    CSVFormat format = SpreadsheetCsv.format(locale);
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      List<String> header = new ArrayList<>();
      for (String c : COLUMNS) {
        header.add(b.getString("quality.csv." + c));
      }
      p.printRecord(header);
      for (Figures f : report.rows()) {
        p.printRecord(row(f, n));
      }
      Figures t = report.total();
      List<String> total = row(t, n);
      total.set(0, b.getString("quality.total"));
      p.printRecord(total);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<String> row(Figures f, NumberFormat n) {
    List<String> r = new ArrayList<>();
    r.add(SpreadsheetCsv.text(f.label()));
    r.add(f.from() == null ? "" : f.from().toString());
    r.add(f.to() == null ? "" : f.to().toString());
    r.add(Long.toString(f.learners()));
    r.add(num(f.hot().satisfactionRate(), n));
    r.add(Integer.toString(f.hot().respondents()));
    r.add(num(f.cold().satisfactionRate(), n));
    r.add(Integer.toString(f.cold().respondents()));
    r.add(num(f.dropOutRate(), n));
    r.add(num(f.attendanceRate(), n));
    r.add(num(f.hoursDelivered(), n));
    r.add(num(f.traineeHours(), n));
    return r;
  }

  private static String num(Double v, NumberFormat n) {
    return v == null ? "" : n.format(v);
  }
}
