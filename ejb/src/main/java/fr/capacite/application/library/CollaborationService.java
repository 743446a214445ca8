package fr.capacite.application.library;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.CollectionItem;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.MaintainerInvitation;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ReportStatus;
import fr.capacite.domain.library.ResourceRating;
import fr.capacite.domain.library.ResourceReport;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Working together on resources: maintainers invite co-maintainers, anyone forks a local variant
 * (attribution kept), and curators merge duplicates into one canonical resource whose address the
 * old one redirects to.
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
public class CollaborationService {

  /** An invitation waiting for the caller's answer. */
  public record Invitation(long id, String slug, String invitedBy) implements Serializable {}

  /** A maintainer of a resource. */
  public record Maintainer(String username, String name, String role) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LibraryReader reader;
  @EJB private ResourceCounters counters;
  @EJB private LibraryService library;
  @EJB private NotificationService notifications;
  @EJB private AuditService audit;
  @Inject private Event<ResourceChanged> changed;

  /** A maintainer (or curator) invites a person, by user name or e-mail, to co-maintain. */
  public void invite(String slug, String who) {
    LearningResource r = reader.resource(slug);
    if (!reader.canEdit(r)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    String key = who == null ? "" : who.strip();
    User invitee =
        em.createQuery(
                "SELECT u FROM User u WHERE u.username = :k OR LOWER(u.email) = :e", User.class)
            .setParameter("k", key)
            .setParameter("e", key.toLowerCase(java.util.Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("library.invitation.unknown"));
    if (r.isMaintainer(invitee)) {
      throw new InvalidInputException("library.invitation.already");
    }
    if (pending(r, invitee).isPresent()) {
      throw new InvalidInputException("library.invitation.pending");
    }
    em.persist(new MaintainerInvitation(r, invitee, me(), Instant.now()));
    notifications.send(
        invitee,
        "notification.maintainerInvited",
        "/library/resource.xhtml?r=" + r.getSlug(),
        List.of(me().getDisplayName(), title(r)));
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        caller(),
        "resource:" + slug,
        "invited " + invitee.getUsername());
  }

  /** The caller's pending invitation on this resource, if any. */
  public Optional<Invitation> myInvitation(String slug) {
    LearningResource r = reader.resource(slug);
    return pending(r, me())
        .map(i -> new Invitation(i.getId(), r.getSlug(), i.getInvitedBy().getDisplayName()));
  }

  /** The invitee accepts (becoming a co-maintainer) or declines. */
  public void answer(long invitationId, boolean accept) {
    MaintainerInvitation i = em.find(MaintainerInvitation.class, invitationId);
    if (i == null || !i.getInvitee().getUsername().equals(caller())) {
      throw new ObjectNotFoundException("invitation", invitationId);
    }
    try {
      i.answer(accept, Instant.now());
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    for (var m : i.getResource().getMaintainers()) {
      if (!m.getUser().equals(i.getInvitee())) {
        notifications.send(
            m.getUser(),
            accept ? "notification.invitationAccepted" : "notification.invitationDeclined",
            "/library/resource.xhtml?r=" + i.getResource().getSlug(),
            List.of(i.getInvitee().getDisplayName(), title(i.getResource())));
      }
    }
  }

  /**
   * Who maintains a resource. Open to anyone who may read it; a reader without an account gets the
   * names alone (the user name leads to a member's contributor page, which is for members).
   */
  @jakarta.annotation.security.PermitAll
  public List<Maintainer> maintainers(String slug) {
    boolean member = LibraryService.hasAccount(ctx);
    return reader.resource(slug).getMaintainers().stream()
        .map(
            m ->
                new Maintainer(
                    member ? m.getUser().getUsername() : null,
                    m.getUser().getDisplayName(),
                    m.getRole().name()))
        .toList();
  }

  /** Where a variant comes from, and whether its original has a newer reviewed version. */
  public record Origin(String slug, String title, int revision, boolean newerReviewed)
      implements Serializable {}

  /** Open to anyone who may read the variant, when they may also read its original. */
  @jakarta.annotation.security.PermitAll
  public Optional<Origin> origin(String slug) {
    LearningResource r = reader.resource(slug);
    LearningResource o = r.getForkedFrom();
    if (o == null) {
      return Optional.empty();
    }
    while (o.getCanonical() != null) {
      o = o.getCanonical();
    }
    if (!LibraryService.hasAccount(ctx)
        && (o.getState() != ResourceState.PUBLISHED || o.getStableRevision() == null)) {
      return Optional.empty();
    }
    Integer stable = o.getStableRevision();
    int from = r.getForkedFromRevision() == null ? 0 : r.getForkedFromRevision();
    return Optional.of(new Origin(o.getSlug(), title(o), from, stable != null && stable > from));
  }

  /** A local variant of the resource at its shown revision; returns the variant's address. */
  public String fork(String slug) {
    LearningResource original = reader.resource(slug);
    ResourceRevision shown = reader.revision(original, original.shownRevision());
    ResourceForm form =
        LibraryService.formOf(
            shown, "Variante de « " + shown.getTitle() + " » (révision " + shown.getNumber() + ")");
    String variant = library.createVariant(original, form);
    audit.record(AuditKind.LIBRARY_CHANGED, caller(), "resource:" + slug, "forked " + variant);
    return variant;
  }

  /**
   * Merges a duplicate into the canonical resource (curators): credits, maintainers, ratings (one
   * per person), uses, collections and variants move over; the duplicate's address redirects.
   */
  @RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
  public String merge(String duplicateSlug, String canonicalAddress) {
    String canonicalSlug = slugIn(canonicalAddress);
    LearningResource dup =
        reader
            .findResource(duplicateSlug)
            .orElseThrow(() -> new ObjectNotFoundException("resource", duplicateSlug));
    LearningResource target =
        reader
            .findResource(canonicalSlug)
            .orElseThrow(() -> new InvalidInputException("library.merge.unknown"));
    em.lock(dup, LockModeType.PESSIMISTIC_WRITE);
    em.lock(target, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    try {
      dup.mergeInto(target, now);
      counters.moveCounts(dup.getId(), target.getId());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    Set<Long> raters = new HashSet<>();
    em.createQuery("SELECT r.user.id FROM ResourceRating r WHERE r.resource = :t", Long.class)
        .setParameter("t", target)
        .getResultList()
        .forEach(raters::add);
    for (ResourceRating x :
        em.createQuery("SELECT r FROM ResourceRating r WHERE r.resource = :d", ResourceRating.class)
            .setParameter("d", dup)
            .getResultList()) {
      if (raters.add(x.getUser().getId())) {
        x.moveTo(target);
      } else {
        em.remove(x); // the person rated the canonical resource too: that rating stands
      }
    }
    em.flush();
    Object[] sums =
        em.createQuery(
                "SELECT COALESCE(SUM(r.score), 0), COUNT(r) FROM ResourceRating r WHERE r.resource"
                    + " = :t",
                Object[].class)
            .setParameter("t", target)
            .getSingleResult();
    target.recountRatings(((Number) sums[0]).intValue(), ((Number) sums[1]).intValue());
    em.createQuery("SELECT u FROM UsageDeclaration u WHERE u.resource = :d", UsageDeclaration.class)
        .setParameter("d", dup)
        .getResultList()
        .forEach(u -> u.moveTo(target));
    Set<Long> collections = new HashSet<>();
    em.createQuery("SELECT i.collection.id FROM CollectionItem i WHERE i.resource = :t", Long.class)
        .setParameter("t", target)
        .getResultList()
        .forEach(collections::add);
    for (CollectionItem i :
        em.createQuery("SELECT i FROM CollectionItem i WHERE i.resource = :d", CollectionItem.class)
            .setParameter("d", dup)
            .getResultList()) {
      if (collections.add(i.getCollection().getId())) {
        i.moveTo(target);
      } else {
        em.remove(i);
      }
    }
    em.createQuery(
            "UPDATE LearningResource f SET f.forkedFrom = :t, f.version = f.version + 1 WHERE"
                + " f.forkedFrom = :d")
        .setParameter("t", target)
        .setParameter("d", dup)
        .executeUpdate();
    for (ResourceReport rep :
        em.createQuery(
                "SELECT p FROM ResourceReport p WHERE p.resource IN (:d, :t) AND p.kind = :k AND"
                    + " p.status = :open",
                ResourceReport.class)
            .setParameter("d", dup)
            .setParameter("t", target)
            .setParameter("k", ReportKind.DUPLICATE)
            .setParameter("open", ReportStatus.OPEN)
            .getResultList()) {
      rep.close(true, me(), "Fusionnée avec « " + title(target) + " ».", now);
      notifications.send(
          rep.getReporter(),
          "notification.reportResolved",
          "/library/resource.xhtml?r=" + target.getSlug(),
          List.of(dup.getSlug(), rep.getResolution()));
    }
    for (var m : dup.getMaintainers()) {
      notifications.send(
          m.getUser(),
          "notification.resourceMerged",
          "/library/resource.xhtml?r=" + target.getSlug(),
          List.of(title(dup), title(target)));
    }
    em.flush();
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        caller(),
        "resource:" + duplicateSlug,
        "merged into " + target.getSlug());
    changed.fire(new ResourceChanged(dup.getSlug()));
    changed.fire(new ResourceChanged(target.getSlug()));
    return target.getSlug();
  }

  /** A resource's address as typed or pasted: its slug, or a page address with {@code r=}. */
  static String slugIn(String address) {
    String a = address == null ? "" : address.strip();
    int i = a.indexOf("r=");
    if (i >= 0) {
      a = a.substring(i + 2);
      int end = a.indexOf('&');
      a = end >= 0 ? a.substring(0, end) : a;
    }
    return java.net.URLDecoder.decode(a, java.nio.charset.StandardCharsets.UTF_8);
  }

  private String title(LearningResource r) {
    return reader.revision(r, r.getLatestRevision()).getTitle();
  }

  private Optional<MaintainerInvitation> pending(LearningResource r, User u) {
    return em.createNamedQuery("MaintainerInvitation.pending", MaintainerInvitation.class)
        .setParameter("resource", r)
        .setParameter("user", u)
        .getResultStream()
        .findFirst();
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
