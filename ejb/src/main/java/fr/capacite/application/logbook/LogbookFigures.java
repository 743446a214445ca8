package fr.capacite.application.logbook;

import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.organisation.Territory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What mediators' logbooks say together, nationally or in a region or a department, over the last
 * months: what people ask for (the "hit-parade" of themes, with its trend against the months
 * before) and the impact (autonomy that rose, accompaniments done with rather than for the person,
 * month by month, and repeat visits that needed less help). Aggregates only, open to anyone (the
 * open-data figures): a count below {@link #THRESHOLD} entries is never given, only that it is
 * small, and nothing names a mediator or an entry.
 */
@Stateless
@PermitAll
public class LogbookFigures {

  /** The fewest entries a figure counts before it is shown. */
  public static final int THRESHOLD = 5;

  public static final List<Integer> PERIODS = List.of(3, 6, 12);

  /** Where: nationally (both null), a region (INSEE code) or a department (INSEE code). */
  public record Scope(String region, String department) implements Serializable {

    public static Scope national() {
      return new Scope(null, null);
    }

    /** A scope from what a visitor asked: unknown codes are the national scope. */
    public static Scope of(String region, String department) {
      if (department != null && Territory.department(department).isPresent()) {
        return new Scope(Territory.department(department).get().region(), department);
      }
      if (region != null && Territory.region(region).isPresent()) {
        return new Scope(region, null);
      }
      return national();
    }

    /**
     * A scope from the observatory's form, which shows a chosen department's region: when the
     * department is the one shown before ({@code shown}) and the region was changed away from it,
     * the visitor asked for the region; otherwise as {@link #of}. (The form works without script.)
     */
    public static Scope asked(String region, String department, String shown) {
      boolean blankRegion = region == null || region.isBlank();
      if (department != null
          && department.equals(shown)
          && Territory.department(department).map(d -> !d.region().equals(region)).orElse(false)) {
        return blankRegion ? national() : of(region, null);
      }
      return of(region, department);
    }

    List<String> departments() {
      if (department != null) {
        return List.of(department);
      }
      if (region != null) {
        return Territory.departments().stream()
            .filter(d -> d.region().equals(region))
            .map(Territory.Department::code)
            .toList();
      }
      return List.of();
    }
  }

  /** A count, given only from {@link #THRESHOLD}: {@code value} is null below it. */
  public record Count(Long value) implements Serializable {

    static Count of(long n) {
      return new Count(n >= THRESHOLD ? n : null);
    }

    public boolean shown() {
      return value != null;
    }
  }

  /** A share of a count, given only when the whole counts at least {@link #THRESHOLD} entries. */
  public record Share(Integer percent, long whole) implements Serializable {

    static Share of(long part, long whole) {
      return new Share(whole >= THRESHOLD ? (int) Math.round(100.0 * part / whole) : null, whole);
    }

    public boolean shown() {
      return percent != null;
    }
  }

  /** A theme people asked about: entries now, and the change against the months before. */
  public record Demand(LogTheme theme, Count entries, Count before, Integer trendPercent)
      implements Serializable {}

  /** One month of individual accompaniments: the share done with the person. */
  public record Month(YearMonth month, Count accompaniments, Share withPerson)
      implements Serializable {}

  /** The figures of a scope over a period (a structure's figures have no territory: null). */
  public record Figures(
      Scope scope,
      YearMonth from,
      YearMonth to,
      Count entries,
      Count people,
      Count mediators,
      List<Demand> demand,
      Map<LogKind, Count> kinds,
      Share autonomyRose,
      Share withPerson,
      Share lessHelp,
      List<Month> months)
      implements Serializable {

    /** Whether there is anything to show at all. */
    public boolean shown() {
      return entries.shown();
    }
  }

  @PersistenceContext private EntityManager em;

  /**
   * The figures of the scope over the last months (3, 6 or 12) up to this month, summed from the
   * figures kept per month and department ({@link LogbookRollup}: as fresh as its last pass).
   */
  public Figures figures(Scope scope, int months, LocalDate today) {
    Period p = Period.of(months, today);
    Scope s = scope == null ? Scope.national() : scope;
    List<String> departments = s.departments();
    List<Object[]> kinds =
        rows(
            "SELECT kind, SUM(entries), SUM(participants), SUM(rose), SUM(with_person),"
                + " SUM(with_or_for), SUM(repeats), SUM(less_help), SUM(autonomy_known) FROM"
                + " practice_rollup",
            key(p.from()),
            key(p.to()),
            departments,
            " GROUP BY kind");
    long mediators =
        number(
            rows(
                    "SELECT COUNT(DISTINCT author_id) FROM practice_rollup_author",
                    key(p.from()),
                    key(p.to()),
                    departments,
                    "")
                .get(0)[0]);
    // This period and the one of the same length before, in one pass.
    List<Object[]> themes =
        rows(
            "SELECT theme, SUM(CASE WHEN month_key >= "
                + key(p.from())
                + " THEN entries ELSE 0 END), SUM(CASE WHEN month_key < "
                + key(p.from())
                + " THEN entries ELSE 0 END) FROM practice_rollup_theme",
            key(p.before()),
            key(p.to()),
            departments,
            " GROUP BY theme");
    List<Object[]> byMonth =
        rows(
            "SELECT month_key, SUM(with_person), SUM(with_or_for) FROM practice_rollup",
            key(p.from()),
            key(p.to()),
            departments,
            " AND with_or_for > 0 GROUP BY month_key");
    return assemble(s, p, kinds, mediators, themes, byMonth);
  }

  /** The months a question covers: the last 3, 6 or 12 up to this month, and as many before. */
  record Period(YearMonth from, YearMonth to, int length) {

    static Period of(int months, LocalDate today) {
      int length = PERIODS.contains(months) ? months : 12;
      YearMonth to = YearMonth.from(today);
      return new Period(to.minusMonths(length - 1L), to, length);
    }

    /** The first month of the period of the same length before (for the demand's trend). */
    YearMonth before() {
      return from.minusMonths(length);
    }
  }

  /**
   * What an entry adds to the sums, per kind: entries, participants, autonomy that rose, done with
   * the person, done with or for, repeat visits whose help is known, needing less help, autonomy
   * before and after known. One text for the rollup and for a structure's figures, read from the
   * entries ({@code e}), so that both count alike.
   */
  static final String ENTRY_SUMS =
      "COUNT(*), SUM(e.participants), SUM(CASE WHEN (e.autonomy_before = 'GUIDED' AND"
          + " e.autonomy_after <> 'GUIDED') OR (e.autonomy_before = 'PARTLY' AND e.autonomy_after"
          + " = 'AUTONOMOUS') THEN 1 ELSE 0 END), SUM(CASE WHEN e.approach = 'WITH' THEN 1 ELSE 0"
          + " END), SUM(CASE WHEN e.approach IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN"
          + " e.visit_rank > 1 AND e.less_help IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN"
          + " e.less_help = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN e.autonomy_before IS NOT NULL"
          + " AND e.autonomy_after IS NOT NULL THEN 1 ELSE 0 END)";

  /**
   * The figures from their sums: per kind ({@code kind} then {@link #ENTRY_SUMS}' columns), the
   * distinct mediators, per theme (now, before) and per month (with, with or for).
   */
  static Figures assemble(
      Scope scope,
      Period p,
      List<Object[]> kindRows,
      long mediators,
      List<Object[]> themeRows,
      List<Object[]> monthRows) {
    Map<LogKind, Count> kinds = new EnumMap<>(LogKind.class);
    long entries = 0;
    long people = 0;
    long individual = 0;
    long rose = 0;
    long with = 0;
    long withOrFor = 0;
    long repeats = 0;
    long lessHelp = 0;
    for (Object[] row : kindRows) {
      LogKind kind = LogKind.valueOf((String) row[0]);
      long n = number(row[1]);
      kinds.put(kind, Count.of(n));
      entries += n;
      people += number(row[2]);
      if (kind.individual()) {
        // Over those whose autonomy before and after are known (imported ones may lack it).
        individual += number(row[8]);
        rose += number(row[3]);
        with += number(row[4]);
        withOrFor += number(row[5]);
        repeats += number(row[6]);
        lessHelp += number(row[7]);
      }
    }
    Map<LogTheme, Long> now = new EnumMap<>(LogTheme.class);
    Map<LogTheme, Long> before = new EnumMap<>(LogTheme.class);
    for (Object[] row : themeRows) {
      LogTheme theme = LogTheme.valueOf((String) row[0]);
      if (number(row[1]) > 0) {
        now.put(theme, number(row[1]));
      }
      before.put(theme, number(row[2]));
    }
    List<Demand> demand = new ArrayList<>();
    now.forEach(
        (theme, n) -> {
          long b = before.getOrDefault(theme, 0L);
          Integer trend =
              n >= THRESHOLD && b >= THRESHOLD ? (int) Math.round(100.0 * (n - b) / b) : null;
          demand.add(new Demand(theme, Count.of(n), Count.of(b), trend));
        });
    demand.sort(
        Comparator.comparing((Demand d) -> now.get(d.theme()))
            .reversed()
            .thenComparing(Demand::theme));

    Map<Integer, long[]> byMonth = new java.util.HashMap<>();
    for (Object[] row : monthRows) {
      byMonth.put(((Number) row[0]).intValue(), new long[] {number(row[1]), number(row[2])});
    }
    List<Month> series = new ArrayList<>();
    for (YearMonth m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
      long[] v = byMonth.getOrDefault(key(m), new long[2]);
      series.add(new Month(m, Count.of(v[1]), Share.of(v[0], v[1])));
    }

    return new Figures(
        scope,
        p.from(),
        p.to(),
        Count.of(entries),
        Count.of(people),
        Count.of(mediators),
        entries >= THRESHOLD ? demand : List.of(),
        kinds,
        Share.of(rose, individual),
        Share.of(with, withOrFor),
        Share.of(lessHelp, repeats),
        series);
  }

  /** Rows of a rollup table for the months, in the departments (none: everywhere). */
  private List<Object[]> rows(
      String select, int fromKey, int toKey, List<String> departments, String tail) {
    String sql =
        select
            + " WHERE month_key BETWEEN ? AND ?"
            + (departments.isEmpty()
                ? ""
                : " AND department IN ("
                    + String.join(", ", java.util.Collections.nCopies(departments.size(), "?"))
                    + ")")
            + tail;
    var q = em.createNativeQuery(sql).setParameter(1, fromKey).setParameter(2, toKey);
    for (int i = 0; i < departments.size(); i++) {
      q.setParameter(3 + i, departments.get(i));
    }
    List<?> result = q.getResultList();
    List<Object[]> out = new ArrayList<>();
    for (Object o : result) {
      out.add(o instanceof Object[] a ? a : new Object[] {o});
    }
    return out;
  }

  static int key(YearMonth m) {
    return PracticeEntry.monthKey(m.atDay(1));
  }

  static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
