package fr.capacite.application.organisation.lieux;

import java.io.Serializable;
import java.util.List;

/** Valid rows, and each problem of the other rows with its line and field. */
public record LieuxParseResult(List<Lieu> valid, List<Problem> problems) implements Serializable {

  /** A value that breaks the schema; {@code key} is the i18n key of the rule. */
  public record Problem(int line, String field, String key, String value) implements Serializable {}

  public LieuxParseResult {
    valid = List.copyOf(valid);
    problems = List.copyOf(problems);
  }

  /** Number of rows with at least one problem. */
  public long invalidRows() {
    return problems.stream().mapToInt(Problem::line).distinct().count();
  }
}
