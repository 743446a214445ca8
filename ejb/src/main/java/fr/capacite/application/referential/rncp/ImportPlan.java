package fr.capacite.application.referential.rncp;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import would change, as operations to apply in order, plus warnings to show. */
public record ImportPlan(List<Operation> operations, List<Warning> warnings)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ImportPlan {
    operations = List.copyOf(operations);
    warnings = List.copyOf(warnings);
  }

  /** The kinds of change, also used as i18n keys ({@code ImportPlan.Type.X}). */
  public enum Type {
    CREATE_CERTIFICATION,
    CREATE_VERSION,
    UPDATE_VERSION,
    LINK_PREDECESSOR,
    CREATE_BLOCK,
    UPDATE_BLOCK,
    CREATE_COMPETENCE,
    UPDATE_COMPETENCE,
    /** {@code version}/{@code block} grants {@code before} (version) / {@code after} (block). */
    CREATE_EQUIVALENCE
  }

  /** A field an update changes. */
  public enum Field {
    TITLE,
    LEVEL,
    VALID_FROM,
    VALID_UNTIL,
    RNCP_CODE
  }

  /**
   * One change. {@code version} is the version code (for a new version, its RNCP number); {@code
   * block} the block code; {@code order} a position; {@code before}/{@code after} are for display.
   */
  public record Operation(
      Type type,
      String certification,
      String version,
      String block,
      int order,
      Field field,
      String before,
      String after,
      String level,
      LocalDate validFrom,
      LocalDate validUntil)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether before/after are values a field had and gets (not the other end of a link). */
    public boolean isChange() {
      return type != Type.CREATE_EQUIVALENCE;
    }

    /** A short label of what is changed, for the preview table. */
    public String target() {
      StringBuilder s = new StringBuilder(version == null ? certification : version);
      if (block != null) {
        s.append(" / ").append(block);
      }
      if (type == Type.CREATE_COMPETENCE || type == Type.UPDATE_COMPETENCE) {
        s.append(" / ").append(order);
      }
      if (type == Type.CREATE_EQUIVALENCE) {
        s.append(" → ").append(before).append(" / ").append(after);
      }
      return s.toString();
    }
  }

  /** Something in the file that was ignored, with its line. */
  public record Warning(String key, int line, String detail) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /** Number of operations per type, for the preview summary. */
  public Map<Type, Long> counts() {
    Map<Type, Long> counts = new TreeMap<>();
    operations.forEach(o -> counts.merge(o.type(), 1L, Long::sum));
    return counts;
  }
}
