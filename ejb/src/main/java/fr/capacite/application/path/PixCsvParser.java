package fr.capacite.application.path;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.path.PixResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a Pix results CSV: competence code (e.g. 4.1), level 0–8 and date (dd/mm/yyyy or
 * yyyy-mm-dd), ';' or ',' separated, with a header in French or English. An optional learner column
 * (username or e-mail) lets an organisation import for several learners. Each problem names its
 * line and field.
 */
public final class PixCsvParser {

  /** Column names accepted for each field, lower case. */
  static final Map<String, Set<String>> COLUMNS =
      Map.of(
          "competence", Set.of("competence", "compétence", "code", "competence_code"),
          "level", Set.of("level", "niveau"),
          "date", Set.of("date", "assessed_on", "date_evaluation"),
          "learner", Set.of("learner", "apprenant", "identifiant", "email", "e-mail"));

  private static final DateTimeFormatter FRENCH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private PixCsvParser() {}

  /** A valid row. {@code learner} is null when the file has no learner column. */
  public record Row(int line, String learner, String competence, int level, LocalDate day)
      implements Serializable {}

  /** A value that breaks the format; {@code key} is the i18n key of the rule. */
  public record Problem(int line, String field, String key, String value) implements Serializable {}

  public record Result(List<Row> valid, List<Problem> problems, boolean hasLearnerColumn)
      implements Serializable {}

  public static Result parse(
      InputStream in, String fileName, Set<String> knownCompetences, LocalDate today) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    List<Row> valid = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (Reader reader = new InputStreamReader(in, decoder)) {
      String text = readAll(reader);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String firstLine = text.lines().findFirst().orElse("");
      char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
      CSVFormat format =
          CSVFormat.Builder.create(CSVFormat.DEFAULT)
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .get();
      try (CSVParser parser = CSVParser.parse(text, format)) {
        Map<String, Integer> columns = columns(parser.getHeaderMap());
        List<String> missing =
            List.of("competence", "level", "date").stream()
                .filter(k -> !columns.containsKey(k))
                .toList();
        if (!missing.isEmpty()) {
          throw new InvalidInputException(
              "path.pix.missingColumn", fileName, String.join(", ", missing));
        }
        boolean withLearner = columns.containsKey("learner");
        for (CSVRecord r : parser) {
          int line = (int) r.getParser().getCurrentLineNumber();
          List<Problem> rowProblems = new ArrayList<>();
          String competence = value(r, columns, "competence");
          if (!knownCompetences.contains(competence)) {
            rowProblems.add(
                new Problem(line, "competence", "path.pix.problem.competence", competence));
          }
          String levelText = value(r, columns, "level");
          int level = -1;
          try {
            level = Integer.parseInt(levelText);
          } catch (NumberFormatException e) {
            level = -1;
          }
          if (level < 0 || level > PixResult.MAX_LEVEL) {
            rowProblems.add(new Problem(line, "level", "path.pix.problem.level", levelText));
          }
          String dayText = value(r, columns, "date");
          LocalDate day = date(dayText);
          if (day == null || day.isAfter(today)) {
            rowProblems.add(new Problem(line, "date", "path.pix.problem.date", dayText));
          }
          String learner = withLearner ? value(r, columns, "learner") : null;
          if (withLearner && learner.isEmpty()) {
            rowProblems.add(new Problem(line, "learner", "path.pix.problem.learner", learner));
          }
          if (rowProblems.isEmpty()) {
            valid.add(new Row(line, learner, competence, level, day));
          } else {
            problems.addAll(rowProblems);
          }
        }
        return new Result(valid, problems, withLearner);
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("path.pix.encoding", fileName);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new InvalidInputException("path.pix.syntax", fileName);
    }
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static Map<String, Integer> columns(Map<String, Integer> header) {
    Map<String, Integer> out = new HashMap<>();
    header.forEach(
        (name, index) -> {
          if (name == null) {
            return;
          }
          String n = name.strip().toLowerCase(Locale.ROOT);
          COLUMNS.forEach(
              (field, names) -> {
                if (names.contains(n)) {
                  out.putIfAbsent(field, index);
                }
              });
        });
    return out;
  }

  private static String value(CSVRecord r, Map<String, Integer> columns, String field) {
    int i = columns.get(field);
    return i < r.size() ? r.get(i).strip() : "";
  }

  static LocalDate date(String s) {
    try {
      return s.contains("/") ? LocalDate.parse(s, FRENCH) : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
