package fr.capacite.application.organisation.lieux;

import fr.capacite.application.organisation.lieux.LieuxParseResult.Problem;
import fr.capacite.application.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a lieux CSV (',' separated, '"' quoted, multi-values joined by '|', LF or CRLF line ends,
 * with or without the UTF-8 byte-order mark spreadsheets write) and checks every row against every
 * constraint of the published schema (LieuxSchema). Good rows are kept; each problem names its line
 * and field.
 */
public final class LieuxCsvParser {

  private LieuxCsvParser() {}

  public static LieuxParseResult parse(InputStream in, String fileName) {
    LieuxSchema schema = LieuxSchema.get();
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    CSVFormat format =
        CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Lieu> valid = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Set<String>> seen = new HashMap<>();
    try (Reader reader =
            new InputStreamReader(
                org.apache.commons.io.input.BOMInputStream.builder().setInputStream(in).get(),
                decoder);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = new HashMap<>(parser.getHeaderMap());
      header.keySet().removeIf(k -> k == null || k.isBlank());
      List<String> missing =
          schema.fields().stream()
              .filter(LieuxSchema.Field::required)
              .map(LieuxSchema.Field::name)
              .filter(n -> !header.containsKey(n))
              .toList();
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            "organisation.lieux.missingColumn", fileName, String.join(", ", missing));
      }
      for (CSVRecord r : parser) {
        int line = (int) r.getParser().getCurrentLineNumber();
        Map<String, String> values = new HashMap<>();
        header.forEach(
            (name, index) -> values.put(name, index < r.size() ? r.get(index).trim() : ""));
        List<Problem> rowProblems = check(schema, values, line);
        for (LieuxSchema.Field f : schema.fields()) {
          String v = values.getOrDefault(f.name(), "");
          if (f.unique()
              && !v.isEmpty()
              && !seen.computeIfAbsent(f.name(), k -> new HashSet<>()).add(v)) {
            rowProblems.add(
                new Problem(
                    line,
                    f.name(),
                    f.primaryKey()
                        ? "organisation.lieux.problem.duplicateId"
                        : "organisation.lieux.problem.duplicate",
                    v));
          }
        }
        if (rowProblems.isEmpty()) {
          valid.add(lieu(values, line));
        } else {
          problems.addAll(rowProblems);
        }
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("organisation.lieux.encoding", fileName);
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException("organisation.lieux.syntax", fileName);
    } catch (IOException e) {
      throw new InvalidInputException("organisation.lieux.syntax", fileName);
    }
    return new LieuxParseResult(valid, problems);
  }

  private static List<Problem> check(LieuxSchema schema, Map<String, String> values, int line) {
    List<Problem> problems = new ArrayList<>();
    for (LieuxSchema.Field f : schema.fields()) {
      String v = values.getOrDefault(f.name(), "");
      if (v.isEmpty()) {
        if (f.required()) {
          problems.add(new Problem(line, f.name(), "organisation.lieux.problem.required", ""));
        }
        continue;
      }
      int length = v.codePointCount(0, v.length());
      if (f.pattern() != null && !f.pattern().matcher(v).matches()) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.pattern", v));
      } else if (f.values() != null && !f.values().contains(v)) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.enum", v));
      } else if (f.maxLength() != null && length > f.maxLength()) {
        problems.add(
            new Problem(
                line,
                f.name(),
                "organisation.lieux.problem.maxLength",
                length + " > " + f.maxLength()));
      } else if (f.minLength() != null && length < f.minLength()) {
        problems.add(
            new Problem(
                line,
                f.name(),
                "organisation.lieux.problem.minLength",
                length + " < " + f.minLength()));
      } else if ("string".equals(f.type()) && !hasFormat(v, f.format())) {
        problems.add(
            new Problem(line, f.name(), "organisation.lieux.problem.format." + f.format(), v));
      } else if ("date".equals(f.type()) && !isDate(v)) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.date", v));
      } else if (("number".equals(f.type()) || "integer".equals(f.type()))
          && !isNumber(v, "integer".equals(f.type()))) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.number", v));
      } else if (f.minimum() != null && number(v).compareTo(f.minimum()) < 0
          || f.maximum() != null && number(v).compareTo(f.maximum()) > 0) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.range", v));
      }
    }
    return problems;
  }

  private static Lieu lieu(Map<String, String> v, int line) {
    String address = v.get("adresse");
    String complement = v.getOrDefault("complement_adresse", "");
    return new Lieu(
        line,
        v.get("id"),
        v.get("pivot"),
        v.get("nom"),
        complement.isEmpty() ? address : address + ", " + complement,
        v.get("code_postal"),
        v.get("commune"),
        number(v.get("latitude")),
        number(v.get("longitude")),
        v.getOrDefault("itinerance", "").contains("Itinérant"),
        emptyToNull(v.get("services")),
        emptyToNull(v.get("prise_en_charge_specifique")),
        emptyToNull(v.get("horaires")),
        LocalDate.parse(v.get("date_maj")));
  }

  /**
   * Table Schema's string formats: {@code email}, {@code uri}, {@code uuid}; {@code default} and
   * {@code binary} accept any text.
   */
  static boolean hasFormat(String v, String format) {
    return switch (format) {
      case "email" -> v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
      case "uri" -> {
        try {
          yield java.net.URI.create(v).isAbsolute();
        } catch (IllegalArgumentException e) {
          yield false;
        }
      }
      case "uuid" ->
          v.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
      default -> true;
    };
  }

  private static boolean isDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isNumber(String v, boolean integer) {
    try {
      BigDecimal n = new BigDecimal(v);
      return !integer || n.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static BigDecimal number(String v) {
    return v == null || v.isEmpty() ? null : new BigDecimal(v);
  }

  private static String emptyToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }
}
