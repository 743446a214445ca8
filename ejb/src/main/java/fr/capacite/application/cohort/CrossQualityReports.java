package fr.capacite.application.cohort;

import fr.capacite.application.shared.KeptAnswers;
import fr.capacite.domain.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The comparison of all organisations, kept per period for a few minutes: it scans the whole
 * country's activity of the period (seconds at national scale), while the administrators who read
 * it want it at once and can live with figures of a few minutes ago, as long as the page says when
 * they were computed. A report older than {@link #FRESH} is served while a new one is computed in
 * the background; the first reader of a period computes it, the others arriving meanwhile wait for
 * that same computation; an administrator may ask for it to be computed again now. Each server
 * keeps its own (the figures carry their time).
 */
@Singleton
@Lock(LockType.READ)
@RolesAllowed(Role.Names.ADMIN)
public class CrossQualityReports {

  /** Figures younger than this are served as they are. */
  static final Duration FRESH = Duration.ofMinutes(5);

  /** Periods kept: the dashboard's default year and a few chosen ones. */
  static final int PERIODS = 16;

  private static final Logger LOG = Logger.getLogger(CrossQualityReports.class.getName());

  private record Period(LocalDate from, LocalDate to) {}

  private final KeptAnswers<Period, QualityReport> reports =
      new KeptAnswers<>(FRESH, PERIODS, QualityReport::computedAt);

  @EJB private QualityService quality;
  @Resource private SessionContext context;

  /** The period's comparison: computed within {@link #FRESH}, or being refreshed behind it. */
  public QualityReport report(LocalDate from, LocalDate to) {
    return reports.get(
        new Period(from, to),
        () -> timed(new Period(from, to)),
        p -> context.getBusinessObject(CrossQualityReports.class).refresh(p.from(), p.to()));
  }

  /** Computes the period's comparison now, for an administrator who asked for it. */
  public QualityReport recompute(LocalDate from, LocalDate to) {
    QualityReport r = timed(new Period(from, to));
    reports.put(new Period(from, to), r);
    return r;
  }

  /** A refresh behind the figures served (the caller's identity goes with it). */
  @Asynchronous
  public void refresh(LocalDate from, LocalDate to) {
    Period p = new Period(from, to);
    try {
      reports.put(p, timed(p));
    } catch (RuntimeException e) {
      // The figures served stay those of before; the next reader after FRESH tries again.
      LOG.log(Level.WARNING, "Refresh of the quality comparison " + p + " failed", e);
    } finally {
      reports.refreshed(p);
    }
  }

  /** The report, its computing time logged: what the administrators' first reader waits for. */
  private QualityReport timed(Period p) {
    long start = System.nanoTime();
    QualityReport r = quality.crossReport(p.from(), p.to());
    long ms = (System.nanoTime() - start) / 1_000_000;
    LOG.info(
        () ->
            "Quality comparison "
                + p.from()
                + " – "
                + p.to()
                + ": "
                + r.rows().size()
                + " organisation(s) in "
                + ms
                + " ms");
    return r;
  }
}
