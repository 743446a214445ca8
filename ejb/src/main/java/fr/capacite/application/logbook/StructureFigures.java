package fr.capacite.application.logbook;

import fr.capacite.application.shared.KeptAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A structure's figures of its mediators' logbooks (those who share with it, from the day each
 * consented), summed from the entries — a structure's year is thousands of entries, not a rollup's
 * few hundred rows: about 12,500 for twenty busy mediators, a quarter of a second for the first
 * reader on Derby (bench/RESULTS.md). Kept {@link #FRESH} per structure, period and month ({@link
 * KeptAnswers}); a sharing that starts or ends forgets them after its commit. The caller ({@link
 * PracticeSharingService}) checks who may read them.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class StructureFigures {

  /** Figures younger than this are served as they are; the page says when they were computed. */
  static final Duration FRESH = Duration.ofMinutes(5);

  /** Questions kept at most (structures × three periods). */
  static final int KEPT = 3_000;

  /** The figures and when they were computed. */
  public record Kept(LogbookFigures.Figures figures, Instant computedAt) implements Serializable {}

  private record Question(long organisationId, int months, YearMonth month) {}

  private final KeptAnswers<Question, Kept> kept = new KeptAnswers<>(FRESH, KEPT, Kept::computedAt);

  @PersistenceContext private EntityManager em;

  public Kept figures(long organisationId, int asked, LocalDate today) {
    int months = LogbookFigures.PERIODS.contains(asked) ? asked : 12;
    return kept.get(
        new Question(organisationId, months, YearMonth.from(today)),
        () -> new Kept(compute(organisationId, months, today), Instant.now()));
  }

  /** A sharing started or ended: every kept figure is forgotten (they are few and cheap). */
  public void onSharingChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SharingChanged event) {
    kept.clear();
  }

  private LogbookFigures.Figures compute(long organisationId, int months, LocalDate today) {
    LogbookFigures.Period p = LogbookFigures.Period.of(months, today);
    // From the structure's sharings (its index) to their authors' entries (the author index).
    String shared =
        " FROM practice_entry e JOIN practice_sharing s ON s.mediator_id = e.author_id AND"
            + " s.organisation_id = ? AND s.status = 'ACTIVE' AND e.day >= s.since_day";
    List<Object[]> kinds =
        rows(
            "SELECT e.kind, " + LogbookFigures.ENTRY_SUMS + shared,
            " AND e.month_key BETWEEN ? AND ? GROUP BY e.kind",
            organisationId,
            p.from(),
            p.to());
    long mediators =
        LogbookFigures.number(
            rows(
                    "SELECT COUNT(DISTINCT e.author_id)" + shared,
                    " AND e.month_key BETWEEN ? AND ?",
                    organisationId,
                    p.from(),
                    p.to())
                .get(0)[0]);
    int from = LogbookFigures.key(p.from());
    List<Object[]> themes =
        rows(
            "SELECT t.theme, SUM(CASE WHEN e.month_key >= "
                + from
                + " THEN 1 ELSE 0 END), SUM(CASE WHEN e.month_key < "
                + from
                + " THEN 1 ELSE 0 END)"
                + shared
                + " JOIN practice_entry_theme t ON t.entry_id = e.id",
            " AND e.month_key BETWEEN ? AND ? GROUP BY t.theme",
            organisationId,
            p.before(),
            p.to());
    List<Object[]> byMonth =
        rows(
            "SELECT e.month_key, SUM(CASE WHEN e.approach = 'WITH' THEN 1 ELSE 0 END), SUM(CASE"
                + " WHEN e.approach IS NOT NULL THEN 1 ELSE 0 END)"
                + shared,
            " AND e.approach IS NOT NULL AND e.month_key BETWEEN ? AND ? GROUP BY e.month_key",
            organisationId,
            p.from(),
            p.to());
    return LogbookFigures.assemble(null, p, kinds, mediators, themes, byMonth);
  }

  private List<Object[]> rows(
      String select, String tail, long organisationId, YearMonth from, YearMonth to) {
    List<?> result =
        em.createNativeQuery(select + " WHERE 1 = 1" + tail)
            .setParameter(1, organisationId)
            .setParameter(2, LogbookFigures.key(from))
            .setParameter(3, LogbookFigures.key(to))
            .getResultList();
    List<Object[]> out = new ArrayList<>();
    for (Object r : result) {
      out.add(r instanceof Object[] a ? a : new Object[] {r});
    }
    return out;
  }
}
