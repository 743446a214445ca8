package fr.capacite.application.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the logbooks' figures per month and department (V51): when entries are logged, corrected or
 * deleted, their month and department are noted as to rebuild ({@link #mark}); every five minutes,
 * and once shortly after start-up, the noted ones are rebuilt from the entries. Past months rarely
 * change, so the observatory sums a few hundred rows whatever the number of entries. Rebuilding a
 * month and department is idempotent: two servers doing it at once leave the same rows (the slower
 * one's transaction fails on the keys and the next pass finds nothing to do).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
public class LogbookRollup {

  private static final Logger LOG = Logger.getLogger(LogbookRollup.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private TimerService timers;

  /** Notes that the figures of an entry's month and department must be rebuilt. */
  public static void mark(EntityManager em, int monthKey, String department) {
    em.createNativeQuery("INSERT INTO practice_rollup_dirty (month_key, department) VALUES (?, ?)")
        .setParameter(1, monthKey)
        .setParameter(2, department == null ? "" : department)
        .executeUpdate();
  }

  @PostConstruct
  void soon() {
    // After start-up, off the deployment's path (a large backlog takes a while).
    timers.createSingleActionTimer(2_000, new TimerConfig("logbook-rollup", false));
  }

  @Timeout
  void atStart() {
    quietly();
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void every5Minutes() {
    quietly();
  }

  private void quietly() {
    try {
      int n = refresh();
      if (n > 0) {
        LOG.info(() -> "Logbook figures rebuilt for " + n + " month(s) and department(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Logbook figures not rebuilt; the next pass tries again", e);
    }
  }

  /** Rebuilds the months and departments noted so far; how many. */
  public int refresh() {
    Object max =
        em.createNativeQuery("SELECT MAX(id) FROM practice_rollup_dirty").getSingleResult();
    if (max == null) {
      return 0;
    }
    long upTo = ((Number) max).longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> pairs =
        em.createNativeQuery(
                "SELECT DISTINCT month_key, department FROM practice_rollup_dirty WHERE id <= ?")
            .setParameter(1, upTo)
            .getResultList();
    for (Object[] p : pairs) {
      rebuild(((Number) p[0]).intValue(), (String) p[1]);
    }
    em.createNativeQuery("DELETE FROM practice_rollup_dirty WHERE id <= ?")
        .setParameter(1, upTo)
        .executeUpdate();
    return pairs.size();
  }

  private void rebuild(int month, String department) {
    // '' stands for entries without a department.
    String where =
        " WHERE e.month_key = ? AND "
            + (department.isEmpty() ? "e.department IS NULL" : "e.department = ?");
    for (String table :
        List.of("practice_rollup", "practice_rollup_theme", "practice_rollup_author")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE month_key = ? AND department = ?")
          .setParameter(1, month)
          .setParameter(2, department)
          .executeUpdate();
    }
    run(
        "INSERT INTO practice_rollup (month_key, department, kind, entries, participants, rose,"
            + " with_person, with_or_for, repeats, less_help, autonomy_known) SELECT CAST(? AS"
            + " INTEGER), CAST(? AS VARCHAR(3)), e.kind, "
            + LogbookFigures.ENTRY_SUMS
            + " FROM practice_entry e"
            + where
            + " GROUP BY e.kind",
        month,
        department);
    run(
        "INSERT INTO practice_rollup_theme (month_key, department, theme, entries) SELECT CAST(? AS"
            + " INTEGER), CAST(? AS VARCHAR(3)), t.theme, COUNT(*) FROM practice_entry e JOIN practice_entry_theme t ON t.entry_id ="
            + " e.id"
            + where
            + " GROUP BY t.theme",
        month,
        department);
    run(
        "INSERT INTO practice_rollup_author (month_key, department, author_id) SELECT DISTINCT"
            + " CAST(? AS INTEGER), CAST(? AS VARCHAR(3)), e.author_id FROM practice_entry e"
            + where,
        month,
        department);
  }

  private void run(String sql, int month, String department) {
    var q =
        em.createNativeQuery(sql)
            .setParameter(1, month)
            .setParameter(2, department)
            .setParameter(3, month);
    if (!department.isEmpty()) {
      q.setParameter(4, department);
    }
    q.executeUpdate();
  }
}
