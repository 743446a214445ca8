package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.ApplicationStatus;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.CohortApplication;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.PositioningAttempt;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applications to published cohorts (candidatures): a mediator applies to an offer of the public
 * catalogue that has not started, the organisation's managers accept (the person is enrolled under
 * the capacity and waiting-list rules, without a second consent) or refuse with a reason; each side
 * is notified. No enrolment without the person's consent: an application is that consent.
 */
@Stateless
public class ApplicationService {

  /** What a person sends. */
  public record ApplicationForm(String motivation, Funding funding, String ccp1Evidence)
      implements Serializable {}

  /** An application as its pages show it. */
  public record ApplicationView(
      long id,
      long cohortId,
      String cohort,
      String organisation,
      LocalDate start,
      String learner,
      String learnerName,
      String motivation,
      Funding funding,
      String ccp1Evidence,
      ApplicationStatus status,
      String reason,
      Instant createdAt,
      long version,
      /** The hours the positioning test taken before applying advises; null without one. */
      Integer positionedHours)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;
  @EJB private CohortService cohorts;
  @EJB private NotificationService notifications;
  @EJB private AuditService audit;
  @EJB private fr.capacite.application.path.PositioningResults positioning;

  private final Clock clock = Clock.system(CalendarWriter.ZONE);

  /**
   * The caller applies to a published cohort that has not started. Refused, with the reason: a
   * cohort not in the catalogue (404), one already under way, a place already held, an application
   * already pending, a missing motivation, a funding the offer does not list, CCP1 not stated where
   * the cohort asks for it (R11).
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public long apply(long cohortId, ApplicationForm form) {
    Cohort c = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
    LocalDate today = LocalDate.now(clock);
    if (c == null || !c.isOfferPublished()) {
      throw new ObjectNotFoundException("offer", cohortId);
    }
    if (!c.getStartDate().isAfter(today)) {
      throw new InvalidInputException("application.started");
    }
    User me = me();
    Enrolment held =
        em.createNamedQuery("Enrolment.findByCohortAndLearner", Enrolment.class)
            .setParameter("cohort", c)
            .setParameter("learner", me)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (held != null && held.getStatus() != EnrolmentStatus.WITHDRAWN) {
      throw new InvalidInputException("application.alreadyEnrolled");
    }
    if (em.createNamedQuery("CohortApplication.pending", Long.class)
            .setParameter("cohort", c)
            .setParameter("learner", me)
            .getSingleResult()
        > 0) {
      throw new InvalidInputException("application.alreadyPending");
    }
    CohortApplication a;
    try {
      a =
          new CohortApplication(
              c, me, form.motivation(), form.funding(), form.ccp1Evidence(), Instant.now(clock));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          switch (e.getMessage()) {
            case "motivation required" -> "application.motivationRequired";
            case "motivation too long" -> "application.motivationTooLong";
            case "evidence too long" -> "application.evidenceTooLong";
            case "ccp1 required" -> "application.ccp1Required";
            case "funding not offered" -> "application.fundingNotOffered";
            default -> throw e;
          },
          CohortApplication.MOTIVATION_MAX);
    }
    em.persist(a);
    em.flush();
    for (User manager : c.getOrganisation().getMembers()) {
      if (manager.hasRole(Role.ORG_MANAGER) && manager.isActive()) {
        notifications.send(
            manager,
            "notification.applicationReceived",
            "/cohort/edit.xhtml?id=" + c.getId() + "&tab=applications",
            List.of(me.getDisplayName(), c.getTitle()));
      }
    }
    audit.record(AuditKind.ENROLMENT_CONSENT, me.getUsername(), "cohort:" + c.getCode(), "applied");
    return a.getId();
  }

  /** The caller's applications, newest first. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<ApplicationView> mine() {
    return em
        .createNamedQuery("CohortApplication.ofLearner", CohortApplication.class)
        .setParameter("learner", me())
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(ApplicationService::view)
        .toList();
  }

  /** The caller withdraws a pending application of theirs. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void withdraw(long applicationId) {
    CohortApplication a =
        em.find(CohortApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null || !a.getLearner().getUsername().equals(ctx.getCallerPrincipal().getName())) {
      throw new ObjectNotFoundException("application", applicationId);
    }
    decided(() -> a.withdraw(Instant.now(clock)));
  }

  /** A cohort's applications, for its organisation's managers. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<ApplicationView> ofCohort(long cohortId) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    if (!access.canManage(c.getOrganisation().getId())) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    Map<Long, PositioningAttempt> positioned = positionedBeforeApplying(c);
    return em
        .createNamedQuery("CohortApplication.ofCohort", CohortApplication.class)
        .setParameter("cohort", c)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(
            a -> {
              PositioningAttempt p = positioned.get(a.getLearner().getId());
              return view(a, p == null ? null : p.getHours());
            })
        .toList();
  }

  /**
   * Accepts a pending application: the person is enrolled for the hours chosen (a place, or the
   * waiting list when the cohort is full) and told.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public EnrolmentOutcome accept(long applicationId, long expectedVersion, int pathHours) {
    CohortApplication a = managed(applicationId, expectedVersion);
    decided(() -> a.accept(ctx.getCallerPrincipal().getName(), Instant.now(clock)));
    EnrolmentOutcome outcome =
        cohorts.enrolApplicant(
            a.getCohort().getId(), a.getLearner().getUsername(), pathHours, a.getCcp1Evidence());
    // The positioning taken before applying now positions the place (still to validate, R11).
    // Only this person's latest submitted attempt for this cohort is read.
    PositioningAttempt positioned =
        em.createNamedQuery("PositioningAttempt.submittedBeforeApplying", PositioningAttempt.class)
            .setParameter("learner", a.getLearner())
            .setParameter("cohort", a.getCohort())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (positioned != null) {
      Enrolment e = em.find(Enrolment.class, outcome.enrolmentId());
      positioned.attachTo(e);
      e.position(positioned.getHours(), positioning.note(positioned), false);
    }
    notifications.send(
        a.getLearner(),
        outcome.status() == EnrolmentStatus.ENROLLED
            ? "notification.applicationAccepted"
            : "notification.applicationWaiting",
        "/path/index.xhtml",
        List.of(a.getCohort().getOrganisation().getName(), a.getCohort().getTitle()));
    return outcome;
  }

  /** Refuses a pending application with a reason the person reads. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void refuse(long applicationId, long expectedVersion, String reason) {
    CohortApplication a = managed(applicationId, expectedVersion);
    try {
      a.refuse(ctx.getCallerPrincipal().getName(), reason, Instant.now(clock));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("application.reasonRequired");
    } catch (IllegalStateException e) {
      throw new InvalidInputException("application.alreadyDecided");
    }
    notifications.send(
        a.getLearner(),
        "notification.applicationRefused",
        "/path/index.xhtml",
        List.of(
            a.getCohort().getOrganisation().getName(), a.getCohort().getTitle(), a.getReason()));
  }

  private CohortApplication managed(long applicationId, long expectedVersion) {
    CohortApplication a =
        em.find(CohortApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
    if (a == null) {
      throw new ObjectNotFoundException("application", applicationId);
    }
    if (!access.canManage(a.getCohort().getOrganisation().getId())) {
      throw new ObjectNotFoundException("application", applicationId);
    }
    if (a.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    return a;
  }

  private static void decided(Runnable change) {
    try {
      change.run();
    } catch (IllegalStateException e) {
      throw new InvalidInputException("application.alreadyDecided");
    }
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }

  private static ApplicationView view(CohortApplication a) {
    return view(a, null);
  }

  private static ApplicationView view(CohortApplication a, Integer positionedHours) {
    Cohort c = a.getCohort();
    return new ApplicationView(
        a.getId(),
        c.getId(),
        c.getTitle(),
        c.getOrganisation().getName(),
        c.getStartDate(),
        a.getLearner().getUsername(),
        a.getLearner().getDisplayName(),
        a.getMotivation(),
        a.getFunding(),
        a.getCcp1Evidence(),
        a.getStatus(),
        a.getReason(),
        a.getCreatedAt(),
        a.getVersion(),
        positionedHours);
  }

  /** The submitted attempts taken before applying to the cohort, by person (the latest wins). */
  private Map<Long, PositioningAttempt> positionedBeforeApplying(Cohort c) {
    Map<Long, PositioningAttempt> out = new HashMap<>();
    em.createNamedQuery("PositioningAttempt.beforeApplyingToCohort", PositioningAttempt.class)
        .setParameter("cohort", c)
        .getResultList()
        .forEach(p -> out.put(p.getLearner().getId(), p));
    return out;
  }
}
