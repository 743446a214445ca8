package fr.capacite.application.library;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ResourceRating;
import fr.capacite.domain.library.ResourceReport;
import fr.capacite.domain.library.UsageDeclaration;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Readers' signals on a resource: ratings (1–4, one per person), declared uses in a workshop, and
 * reports that curators resolve (the reporter is told).
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryFeedback {

  static final int SHOWN = 5;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LibraryReader reader;
  @EJB private NotificationService notifications;
  @EJB private AuditService audit;
  @Inject private Event<ResourceChanged> changed;

  /**
   * What readers said of a resource. Open to anyone (the resource's rules decide whether it may be
   * read): a reader without an account gets the figures alone, never the names and words of
   * members, which they gave to the members of the platform.
   */
  @jakarta.annotation.security.PermitAll
  public FeedbackViews.Feedback feedback(String slug) {
    LearningResource r = reader.resource(slug);
    if (!LibraryService.hasAccount(ctx)) {
      return new FeedbackViews.Feedback(
          r.averageRating(),
          r.getRatingCount(),
          useCount(r),
          r.getDownloads(),
          r.getViews(),
          null,
          List.of(),
          List.of());
    }
    User me = me();
    Integer mine =
        em.createNamedQuery("ResourceRating.find", ResourceRating.class)
            .setParameter("resource", r)
            .setParameter("user", me)
            .getResultStream()
            .findFirst()
            .map(ResourceRating::getScore)
            .orElse(null);
    List<FeedbackViews.Rating> ratings =
        em
            .createNamedQuery("ResourceRating.byResource", ResourceRating.class)
            .setParameter("resource", r)
            .setMaxResults(SHOWN)
            .getResultList()
            .stream()
            .map(
                x ->
                    new FeedbackViews.Rating(
                        x.getUser().getDisplayName(), x.getScore(), x.getComment(), x.getRatedAt()))
            .toList();
    List<FeedbackViews.Usage> uses =
        em
            .createQuery(
                "SELECT u FROM UsageDeclaration u JOIN FETCH u.user WHERE u.resource = :r ORDER BY u.usedOn DESC",
                UsageDeclaration.class)
            .setParameter("r", r)
            .setMaxResults(SHOWN)
            .getResultList()
            .stream()
            .map(
                u ->
                    new FeedbackViews.Usage(
                        u.getUser().getDisplayName(),
                        u.getAudience(),
                        u.getOutcome(),
                        u.getUsedOn()))
            .toList();
    return new FeedbackViews.Feedback(
        r.averageRating(),
        r.getRatingCount(),
        useCount(r),
        r.getDownloads(),
        r.getViews(),
        mine,
        ratings,
        uses);
  }

  private long useCount(LearningResource r) {
    return em.createQuery(
            "SELECT COUNT(u) FROM UsageDeclaration u WHERE u.resource = :r", Long.class)
        .setParameter("r", r)
        .getSingleResult();
  }

  /** Rates a resource (a second answer replaces the first); the average follows. */
  public FeedbackViews.Feedback rate(String slug, int score, String comment) {
    if (comment != null && comment.length() > ResourceRating.COMMENT_MAX) {
      throw new InvalidInputException("library.rating.commentTooLong", ResourceRating.COMMENT_MAX);
    }
    LearningResource r = reader.resource(slug);
    // Ratings of the same resource update one running sum: one at a time.
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    User me = me();
    ResourceRating rating =
        em.createNamedQuery("ResourceRating.find", ResourceRating.class)
            .setParameter("resource", r)
            .setParameter("user", me)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  ResourceRating n = new ResourceRating(r, me);
                  em.persist(n);
                  return n;
                });
    try {
      int previous = rating.answer(score, comment, Instant.now());
      r.rated(previous, score);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    em.flush();
    changed.fire(new ResourceChanged(r.getSlug()));
    return feedback(slug);
  }

  /** "I used this in a workshop": with whom, when, how it went. */
  public FeedbackViews.Feedback declareUse(
      String slug, Audience audience, String outcome, LocalDate on) {
    if (audience == null || outcome == null || outcome.isBlank() || outcome.length() > 1000) {
      throw new InvalidInputException("library.usage.badOutcome");
    }
    if (on == null || on.isAfter(LibraryService.today())) {
      throw new InvalidInputException("library.usage.badDate");
    }
    LearningResource r = reader.resource(slug);
    em.persist(new UsageDeclaration(r, me(), audience, outcome.strip(), on, Instant.now()));
    em.flush();
    return feedback(slug);
  }

  /** Reports a resource to the moderation queue. */
  public void report(String slug, ReportKind kind, String details) {
    if (kind == null) {
      throw new InvalidInputException("library.report.chooseKind");
    }
    if (details != null && details.length() > ResourceReport.TEXT_MAX) {
      throw new InvalidInputException("library.report.tooLong", ResourceReport.TEXT_MAX);
    }
    LearningResource r = reader.resource(slug);
    em.persist(
        new ResourceReport(
            r,
            me(),
            kind,
            details == null || details.isBlank() ? null : details.strip(),
            Instant.now()));
    audit.record(AuditKind.LIBRARY_CHANGED, caller(), "resource:" + slug, "reported " + kind);
  }

  /** The open reports, oldest first (curators). */
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public PageSlice<FeedbackViews.Report> openReports(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<FeedbackViews.Report> items =
        em
            .createNamedQuery("ResourceReport.open", ResourceReport.class)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList()
            .stream()
            .map(
                x ->
                    new FeedbackViews.Report(
                        x.getId(),
                        x.getResource().getSlug(),
                        x.getResource().getSlug(),
                        x.getReporter().getDisplayName(),
                        x.getKind(),
                        x.getDetails(),
                        x.getReportedAt(),
                        x.getVersion()))
            .toList();
    long total = em.createNamedQuery("ResourceReport.countOpen", Long.class).getSingleResult();
    return new PageSlice<>(items, total, f, s);
  }

  /** Resolves (upheld) or dismisses a report; the reporter is notified with what was done. */
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public void close(long reportId, long expectedVersion, boolean upheld, String what) {
    ResourceReport report = em.find(ResourceReport.class, reportId);
    if (report == null) {
      throw new ObjectNotFoundException("report", reportId);
    }
    if (report.getVersion() != expectedVersion) {
      throw new fr.capacite.application.shared.ConcurrentEditException();
    }
    try {
      report.close(upheld, me(), what, Instant.now());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    notifications.send(
        report.getReporter(),
        upheld ? "notification.reportResolved" : "notification.reportDismissed",
        "/library/resource.xhtml?r=" + report.getResource().getSlug(),
        List.of(report.getResource().getSlug(), report.getResolution()));
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        caller(),
        "report:" + reportId,
        upheld ? "resolved" : "dismissed");
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }
}
