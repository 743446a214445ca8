package fr.capacite.application.logbook;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.logbook.PracticeSharing;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A structure and its mediators' logbooks (issue 19): the structure's manager invites a mediator to
 * share their figures, the mediator consents or declines and may withdraw at any time, and the
 * manager then reads the figures of the mediators who share — in aggregate only, with the
 * observatory's threshold, never an entry, a note or one mediator's figures apart. A sharing that
 * starts or ends changes the figures at once (the kept ones are forgotten).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.MEDIATOR})
public class PracticeSharingService {

  /** A sharing as the structure sees it: who, where it stands, since when. */
  public record Member(
      long id,
      String name,
      PracticeSharing.Status status,
      Instant invitedAt,
      LocalDate since,
      long version)
      implements Serializable {}

  /** A sharing as the mediator sees it: which structure, who asked, since when. */
  public record Mine(
      long id,
      String structure,
      String invitedBy,
      PracticeSharing.Status status,
      Instant invitedAt,
      LocalDate since,
      long version)
      implements Serializable {}

  /** A structure's figures, with its name (for the page and the file). */
  public record Report(
      long organisationId, String organisation, LogbookFigures.Figures figures, Instant computedAt)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;
  @EJB private NotificationService notifications;
  @EJB private AuditService audit;
  @EJB private StructureFigures structureFigures;
  @jakarta.inject.Inject private jakarta.enterprise.event.Event<SharingChanged> changed;

  // --- the structure's side ---

  /**
   * The structure's manager invites a mediator, by user name or e-mail address. The person must
   * have a mediator's account; an invitation or a sharing already open is refused.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void invite(long organisationId, String who) {
    TrainingOrganisation o = managed(organisationId);
    String key = who == null ? "" : who.strip();
    if (key.isEmpty()) {
      throw new InvalidInputException("logbook.sharing.who");
    }
    User mediator =
        em.createQuery(
                "SELECT u FROM User u WHERE (u.username = :k OR LOWER(u.email) = :e) AND"
                    + " u.active = TRUE AND u.erasedAt IS NULL",
                User.class)
            .setParameter("k", key)
            .setParameter("e", key.toLowerCase(Locale.ROOT))
            .getResultStream()
            .filter(u -> u.hasRole(Role.MEDIATOR))
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("logbook.sharing.unknown"));
    // The structure's row is locked: two managers inviting the same person at once wait in turn.
    em.lock(o, LockModeType.PESSIMISTIC_WRITE);
    User me = me();
    Instant now = Instant.now();
    PracticeSharing s =
        em.createQuery(
                "SELECT s FROM PracticeSharing s WHERE s.organisation = :o AND s.mediator = :m",
                PracticeSharing.class)
            .setParameter("o", o)
            .setParameter("m", mediator)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (s == null) {
      em.persist(new PracticeSharing(o, mediator, me, now));
    } else {
      try {
        s.invite(me, now);
      } catch (IllegalStateException e) {
        throw new InvalidInputException(e.getMessage());
      }
    }
    notifications.send(
        mediator, "notification.sharingInvited", "/logbook/sharing.xhtml", List.of(o.getName()));
    audit.record(
        AuditKind.ORGANISATION_CHANGED,
        caller(),
        "organisation:" + o.getId(),
        "logbook sharing asked of " + mediator.getUsername());
  }

  /** The structure ends a sharing or takes back an invitation (the mediator is told). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void endForStructure(long organisationId, long sharingId, long version) {
    TrainingOrganisation o = managed(organisationId);
    PracticeSharing s = em.find(PracticeSharing.class, sharingId);
    if (s == null || !s.getOrganisation().getId().equals(o.getId())) {
      throw new ObjectNotFoundException("sharing", sharingId);
    }
    end(s, version, PracticeSharing.Side.STRUCTURE);
    changed.fire(new SharingChanged(o.getId()));
    notifications.send(
        s.getMediator(),
        "notification.sharingEnded",
        "/logbook/sharing.xhtml",
        List.of(o.getName()));
    audit.record(
        AuditKind.ORGANISATION_CHANGED,
        caller(),
        "organisation:" + o.getId(),
        "logbook sharing ended for " + s.getMediator().getUsername());
  }

  /** The structure's invitations and sharings still open, names first. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public PageSlice<Member> members(long organisationId, int first, int size) {
    TrainingOrganisation o = managed(organisationId);
    int f = PageSlice.clampFirst(first);
    int n = PageSlice.clampSize(size);
    List<PracticeSharing> page =
        em.createQuery(
                "SELECT s FROM PracticeSharing s JOIN FETCH s.mediator m WHERE s.organisation = :o"
                    + " AND s.status IN :open ORDER BY s.status, m.displayName, s.id",
                PracticeSharing.class)
            .setParameter("o", o)
            .setParameter("open", OPEN)
            .setFirstResult(f)
            .setMaxResults(n)
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(s) FROM PracticeSharing s WHERE s.organisation = :o AND s.status IN"
                    + " :open",
                Long.class)
            .setParameter("o", o)
            .setParameter("open", OPEN)
            .getSingleResult();
    return new PageSlice<>(
        page.stream()
            .map(
                s ->
                    new Member(
                        s.getId(),
                        s.getMediator().getDisplayName(),
                        s.getStatus(),
                        s.getInvitedAt(),
                        s.getSinceDay(),
                        s.getVersion()))
            .toList(),
        total,
        f,
        n);
  }

  /**
   * The structure's figures over the last months (3, 6 or 12): the entries of the mediators who
   * share now, dated from the day each consented ({@link StructureFigures}: kept five minutes,
   * forgotten when a sharing starts or ends).
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Report figures(long organisationId, int months, LocalDate today) {
    TrainingOrganisation o = managed(organisationId);
    StructureFigures.Kept k = structureFigures.figures(o.getId(), months, today);
    return new Report(o.getId(), o.getName(), k.figures(), k.computedAt());
  }

  // --- the mediator's side ---

  /** The caller's invitations and sharings still open. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<Mine> mine() {
    return em
        .createQuery(
            "SELECT s FROM PracticeSharing s JOIN FETCH s.organisation LEFT JOIN FETCH"
                + " s.invitedBy WHERE s.mediator.username = :me AND s.status IN :open ORDER BY"
                + " s.status, s.invitedAt DESC",
            PracticeSharing.class)
        .setParameter("me", caller())
        .setParameter("open", OPEN)
        .setMaxResults(PageSlice.MAX_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(
            s ->
                new Mine(
                    s.getId(),
                    s.getOrganisation().getName(),
                    s.getInvitedBy() == null ? "" : s.getInvitedBy().getDisplayName(),
                    s.getStatus(),
                    s.getInvitedAt(),
                    s.getSinceDay(),
                    s.getVersion()))
        .toList();
  }

  /** How many invitations wait for the caller's answer (the logbook page points to them). */
  @RolesAllowed(Role.Names.MEDIATOR)
  public long waiting() {
    return em.createQuery(
            "SELECT COUNT(s) FROM PracticeSharing s WHERE s.mediator.username = :me AND s.status ="
                + " fr.capacite.domain.logbook.PracticeSharing.Status.INVITED",
            Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** The mediator consents (their entries from today count) or declines; the structure is told. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void answer(long sharingId, long version, boolean consent) {
    PracticeSharing s = mineLocked(sharingId, version);
    try {
      s.answer(consent, FrenchTime.today(), Instant.now());
    } catch (IllegalStateException e) {
      throw new StateConflictException(e.getMessage());
    }
    changed.fire(new SharingChanged(s.getOrganisation().getId()));
    tellStructure(s, consent ? "notification.sharingAccepted" : "notification.sharingDeclined");
    audit.record(
        AuditKind.LOGBOOK_CONSENT,
        caller(),
        "organisation:" + s.getOrganisation().getId(),
        consent ? "sharing consented" : "sharing declined");
  }

  /** The mediator withdraws their consent: nothing of theirs counts for the structure any more. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void withdraw(long sharingId, long version) {
    PracticeSharing s = mineLocked(sharingId, version);
    end(s, version, PracticeSharing.Side.MEDIATOR);
    changed.fire(new SharingChanged(s.getOrganisation().getId()));
    tellStructure(s, "notification.sharingWithdrawn");
    audit.record(
        AuditKind.LOGBOOK_CONSENT,
        caller(),
        "organisation:" + s.getOrganisation().getId(),
        "sharing withdrawn");
  }

  private static final List<PracticeSharing.Status> OPEN =
      List.of(PracticeSharing.Status.INVITED, PracticeSharing.Status.ACTIVE);

  private PracticeSharing mineLocked(long sharingId, long version) {
    PracticeSharing s = em.find(PracticeSharing.class, sharingId);
    if (s == null || !s.getMediator().getUsername().equals(caller())) {
      throw new ObjectNotFoundException("sharing", sharingId);
    }
    checkVersion(s, version);
    return s;
  }

  private void end(PracticeSharing s, long version, PracticeSharing.Side side) {
    checkVersion(s, version);
    try {
      s.end(side, Instant.now());
    } catch (IllegalStateException e) {
      throw new StateConflictException(e.getMessage());
    }
  }

  /** What the person saw is what they act on: a sharing changed meanwhile is shown again. */
  private static void checkVersion(PracticeSharing s, long version) {
    if (s.getVersion() != version) {
      throw new fr.capacite.application.shared.ConcurrentEditException();
    }
  }

  private void tellStructure(PracticeSharing s, String key) {
    List<User> managers =
        em.createQuery(
                "SELECT m FROM TrainingOrganisation o JOIN o.members m WHERE o = :o AND"
                    + " m.active = TRUE",
                User.class)
            .setParameter("o", s.getOrganisation())
            .getResultList();
    for (User m : managers) {
      if (m.hasRole(Role.ORG_MANAGER)) {
        notifications.send(
            m,
            key,
            "/organisation/practice.xhtml?id=" + s.getOrganisation().getId(),
            List.of(s.getMediator().getDisplayName()));
      }
    }
  }

  private TrainingOrganisation managed(long organisationId) {
    if (!access.canManage(organisationId)) {
      throw new ObjectNotFoundException("organisation", organisationId);
    }
    return em.find(TrainingOrganisation.class, organisationId);
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
