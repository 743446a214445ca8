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
 * Reads a lieux CSV (',' separated, '"' quoted, multi-values joined by '|') and checks every row
 * against the schema: required values, patterns (value lists), dates and numbers, unique ids. Good
 * rows are kept; each problem names its line and field.
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
    Set<String> ids = new HashSet<>();
    try (Reader reader = new InputStreamReader(in, decoder);
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
        String id = values.getOrDefault("id", "");
        if (!id.isEmpty() && !ids.add(id)) {
          rowProblems.add(new Problem(line, "id", "organisation.lieux.problem.duplicateId", id));
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
      if (f.pattern() != null && !f.pattern().matcher(v).matches()) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.pattern", v));
      } else if ("date".equals(f.type()) && !isDate(v)) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.date", v));
      } else if ("number".equals(f.type()) && !isNumber(v)) {
        problems.add(new Problem(line, f.name(), "organisation.lieux.problem.number", v));
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

  private static boolean isDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isNumber(String v) {
    try {
      new BigDecimal(v);
      return true;
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
