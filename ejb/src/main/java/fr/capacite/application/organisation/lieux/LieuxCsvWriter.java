package fr.capacite.application.organisation.lieux;

import fr.capacite.application.shared.SpreadsheetCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Writes sites as a lieux CSV: every schema column, in the schema's order, all quoted. */
public final class LieuxCsvWriter {

  /** What is exported of one site. */
  public record Row(
      String id,
      String pivot,
      String name,
      String city,
      String postalCode,
      String address,
      BigDecimal latitude,
      BigDecimal longitude,
      boolean itinerant,
      String services,
      String specificSupport,
      String openingHours,
      LocalDate updated) {}

  private LieuxCsvWriter() {}

  public static void write(List<Row> rows, Writer out) {
    List<String> columns = LieuxSchema.get().names();
    CSVFormat format =
        CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\n")
            .get();
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      printer.printRecord(columns);
      for (Row r : rows) {
        Map<String, String> values =
            Map.ofEntries(
                Map.entry("id", r.id()),
                Map.entry("pivot", r.pivot()),
                Map.entry("nom", text(r.name())),
                Map.entry("commune", text(r.city())),
                Map.entry("code_postal", r.postalCode()),
                Map.entry("adresse", text(r.address())),
                Map.entry("latitude", r.latitude() == null ? "" : r.latitude().toPlainString()),
                Map.entry("longitude", r.longitude() == null ? "" : r.longitude().toPlainString()),
                Map.entry("itinerance", r.itinerant() ? "Itinérant" : "Fixe"),
                Map.entry("services", text(r.services())),
                Map.entry("prise_en_charge_specifique", text(r.specificSupport())),
                Map.entry("horaires", text(r.openingHours())),
                Map.entry("date_maj", r.updated().toString()));
        printer.printRecord(columns.stream().map(c -> values.getOrDefault(c, "")).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Free text never reaches a spreadsheet as a formula (see {@link SpreadsheetCsv}). */
  private static String text(String s) {
    return SpreadsheetCsv.text(s);
  }
}
