package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.QualityTally;
import fr.capacite.domain.cohort.SurveyWave;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The quality dashboard (Qualiopi indicator 2) and the yearly BPF figures. A cohort counts when it
 * runs during the period; its attendance and hours count for the sessions within the period, its
 * questionnaire answers whenever given (the à froid wave comes after the end). Every figure is
 * computed from recorded activity, with a fixed number of grouped queries whatever the number of
 * cohorts: cohorts of the period, enrolments, certified attendance, delivered sessions and answers.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
public class QualityService {

  /** A period longer than this is refused: the dashboard is read per year or so. */
  static final int MAX_PERIOD_YEARS = 5;

  static final int BPF_YEARS = 3;

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;

  /** One organisation's figures, cohort by cohort, for its managers and the administrators. */
  public QualityReport organisationReport(long organisationId, LocalDate from, LocalDate to) {
    return report(access.managed(organisationId), from, to);
  }

  /**
   * The same figures for the organisation's public page (Qualiopi indicator 2), open to anyone:
   * {@link PublicResults} shows of them only what at least five learners stand behind.
   */
  @jakarta.annotation.security.PermitAll
  public QualityReport publicReport(long organisationId, LocalDate from, LocalDate to) {
    TrainingOrganisation o = em.find(TrainingOrganisation.class, organisationId);
    if (o == null) {
      throw new fr.capacite.application.shared.ObjectNotFoundException(
          "organisation", organisationId);
    }
    return report(o, from, to);
  }

  private QualityReport report(TrainingOrganisation o, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    List<Cohort> cohorts = cohorts(o.getId(), from, to);
    Map<Long, QualityTally> byCohort = tallies(cohorts, o.getId(), from, to);
    QualityTally total = new QualityTally();
    List<QualityTally.Figures> rows = new ArrayList<>();
    for (Cohort c : cohorts) {
      QualityTally t = byCohort.get(c.getId());
      total.merge(t);
      rows.add(t.figures(c.getId(), c.getTitle()));
    }
    return new QualityReport(
        from,
        to,
        total.figures(o.getId(), o.getName()),
        rows,
        bpf(o.getId(), to.getYear()),
        success(o.getId(), from, to),
        java.time.Instant.now());
  }

  /**
   * All organisations side by side, for the administrators, computed now: a national scan of the
   * period's activity (pages and API read it through {@link CrossQualityReports}).
   */
  @RolesAllowed(Role.Names.ADMIN)
  public QualityReport crossReport(LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    List<Cohort> cohorts = cohorts(null, from, to);
    Map<Long, QualityTally> byCohort = tallies(cohorts, null, from, to);
    Map<Long, QualityTally> byOrg = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (Cohort c : cohorts) {
      TrainingOrganisation o = c.getOrganisation();
      names.put(o.getId(), o.getName());
      byOrg.computeIfAbsent(o.getId(), k -> new QualityTally()).merge(byCohort.get(c.getId()));
    }
    QualityTally total = new QualityTally();
    List<QualityTally.Figures> rows = new ArrayList<>();
    byOrg.forEach(
        (id, t) -> {
          total.merge(t);
          rows.add(t.figures(id, names.get(id)));
        });
    rows.sort(Comparator.comparing(QualityTally.Figures::label, String.CASE_INSENSITIVE_ORDER));
    return new QualityReport(
        from,
        to,
        total.figures(0, ""),
        rows,
        bpf(null, to.getYear()),
        success(null, from, to),
        java.time.Instant.now());
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("quality.badPeriod");
    }
    if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to)) {
      throw new InvalidInputException("quality.periodTooLong", MAX_PERIOD_YEARS);
    }
  }

  /** Cohorts running at some point of the period (of one organisation, or all when null). */
  private List<Cohort> cohorts(Long organisationId, LocalDate from, LocalDate to) {
    return scoped(
            "SELECT c FROM Cohort c JOIN FETCH c.organisation WHERE c.startDate <= :to AND c.endDate >= :from",
            " ORDER BY c.startDate, c.code",
            Cohort.class,
            organisationId,
            from,
            to)
        .getResultList();
  }

  /** The tally of each cohort of the period: four grouped queries in all. */
  private Map<Long, QualityTally> tallies(
      List<Cohort> cohorts, Long organisationId, LocalDate from, LocalDate to) {
    Map<Long, QualityTally> t = new LinkedHashMap<>();
    Function<Long, QualityTally> of = id -> t.computeIfAbsent(id, k -> new QualityTally());
    for (Cohort c : cohorts) {
      of.apply(c.getId()).span(c.getStartDate(), c.getEndDate());
    }
    for (Object[] r :
        scoped(
                "SELECT c.id, e.status, e.withdrawnFrom, COUNT(e) FROM Enrolment e JOIN e.cohort c WHERE"
                    + " c.startDate <= :to AND c.endDate >= :from",
                " GROUP BY c.id, e.status, e.withdrawnFrom",
                Object[].class,
                organisationId,
                from,
                to)
            .getResultList()) {
      long n = ((Number) r[3]).longValue();
      boolean dropOut = r[1] == EnrolmentStatus.WITHDRAWN && r[2] == EnrolmentStatus.ENROLLED;
      if (r[1] == EnrolmentStatus.ENROLLED || dropOut) {
        of.apply((Long) r[0]).learners(n, dropOut ? n : 0);
      }
    }
    certified("c.id", id -> of.apply((Long) id), organisationId, from, to);
    for (Object[] r :
        scoped(
                "SELECT c.id, r.wave, r.answeredOn, r.objectives, r.content, r.trainers, r.organisation,"
                    + " r.application, r.overall FROM SurveyResponse r JOIN r.cohort c WHERE c.startDate <= :to"
                    + " AND c.endDate >= :from",
                "",
                Object[].class,
                organisationId,
                from,
                to)
            .getResultList()) {
      of.apply((Long) r[0])
          .answer((SurveyWave) r[1], (LocalDate) r[2], SatisfactionService.scores(r, 3));
    }
    return t;
  }

  /**
   * Success per block of the period's cohorts' learners in published sessions, one grouped query:
   * the result in force of each candidate trained in such a cohort.
   */
  private List<QualityReport.BlockSuccess> success(
      Long organisationId, LocalDate from, LocalDate to) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Object[] r :
        scoped(
                "SELECT r.block.certificationVersion.code, r.block.code, r.acquired, COUNT(r) FROM BlockResult r,"
                    + " ExamCandidate x JOIN x.cohort c WHERE x.session = r.session AND x.learner = r.learner AND"
                    + " c.startDate <= :to AND c.endDate >= :from",
                " GROUP BY r.block.certificationVersion.code, r.block.code, r.acquired ORDER BY"
                    + " r.block.certificationVersion.code, r.block.code",
                Object[].class,
                organisationId,
                from,
                to)
            .getResultList()) {
      long[] n = counts.computeIfAbsent(r[0] + "\u0000" + r[1], k -> new long[2]);
      long count = ((Number) r[3]).longValue();
      n[0] += count;
      if (Boolean.TRUE.equals(r[2])) {
        n[1] += count;
      }
    }
    List<QualityReport.BlockSuccess> out = new ArrayList<>();
    counts.forEach(
        (k, n) -> {
          String[] parts = k.split("\u0000");
          out.add(new QualityReport.BlockSuccess(parts[0], parts[1], n[0], n[1]));
        });
    return out;
  }

  /**
   * The BPF figures of the last {@value #BPF_YEARS} calendar years up to {@code lastYear}: the
   * hours of the three years in one query grouped by day, the distinct trainees one query per year.
   */
  private List<QualityReport.BpfYear> bpf(Long organisationId, int lastYear) {
    int firstYear = lastYear - BPF_YEARS + 1;
    Map<Integer, QualityTally> byYear = new LinkedHashMap<>();
    certified(
        "s.day",
        day -> byYear.computeIfAbsent(((LocalDate) day).getYear(), y -> new QualityTally()),
        organisationId,
        LocalDate.of(firstYear, 1, 1),
        LocalDate.of(lastYear, 12, 31));
    List<QualityReport.BpfYear> years = new ArrayList<>();
    for (int y = lastYear; y >= firstYear; y--) {
      long trainees =
          scoped(
                  "SELECT COUNT(DISTINCT e.learner.id) FROM AttendanceEntry e JOIN e.sheet a JOIN a.session s JOIN"
                      + " s.cohort c WHERE a.certifiedAt IS NOT NULL AND e.status ="
                      + " fr.capacite.domain.cohort.AttendanceStatus.PRESENT AND s.day BETWEEN :from AND :to",
                  "",
                  Long.class,
                  organisationId,
                  LocalDate.of(y, 1, 1),
                  LocalDate.of(y, 12, 31))
              .getSingleResult();
      QualityTally.Figures f = byYear.getOrDefault(y, new QualityTally()).figures(0, "");
      years.add(new QualityReport.BpfYear(y, trainees, f.traineeHours(), f.hoursDelivered()));
    }
    return years;
  }

  /**
   * Certified sheets of the period, per {@code key} (a cohort, a day: a path of the query, never
   * user input) and session length, with the counts each sheet kept when it was certified: hours
   * delivered and attendance without reading every learner's entry.
   */
  private void certified(
      String key,
      Function<Object, QualityTally> of,
      Long organisationId,
      LocalDate from,
      LocalDate to) {
    for (Object[] r :
        scoped(
                "SELECT "
                    + key
                    + ", s.startTime, s.endTime, COUNT(a), SUM(a.recordedCount), SUM(a.presentCount)"
                    + " FROM AttendanceSheet a JOIN a.session s JOIN s.cohort c"
                    + " WHERE a.certifiedAt IS NOT NULL AND s.day BETWEEN :from AND :to",
                " GROUP BY " + key + ", s.startTime, s.endTime",
                Object[].class,
                organisationId,
                from,
                to)
            .getResultList()) {
      of.apply(r[0]).certifiedSheets(minutes(r[1], r[2]), count(r[3]), count(r[4]), count(r[5]));
    }
  }

  private static long count(Object n) {
    return n == null ? 0 : ((Number) n).longValue();
  }

  /** A query restricted to one organisation's cohorts (alias {@code c}) unless the id is null. */
  private <T> TypedQuery<T> scoped(
      String jpql, String tail, Class<T> type, Long organisationId, LocalDate from, LocalDate to) {
    String where = organisationId == null ? "" : " AND c.organisation.id = :organisation";
    TypedQuery<T> q =
        em.createQuery(jpql + where + tail, type).setParameter("from", from).setParameter("to", to);
    if (organisationId != null) {
      q.setParameter("organisation", organisationId);
    }
    return q;
  }

  private static long minutes(Object start, Object end) {
    return Duration.between((LocalTime) start, (LocalTime) end).toMinutes();
  }
}
