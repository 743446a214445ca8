package fr.capacite.application.library;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.CreditKind;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.RevisionConflict;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writing resources: every save is a new immutable revision based on the one the editor opened (a
 * stale base is a conflict, never an overwrite); history, diffs and reverts; the quality
 * lifecycle's first step (submission). Maintainers and curators edit directly.
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
public class LibraryService {

  static final ZoneId ZONE = FrenchTime.ZONE;

  @PersistenceContext private EntityManager em;
  @EJB private fr.capacite.application.referential.CompetenceLookup lookup;
  @Resource private SessionContext ctx;
  @EJB private LibraryFiles files;
  @EJB private AuditService audit;
  @EJB private LibraryReader reader;
  @jakarta.inject.Inject private jakarta.enterprise.event.Event<ResourceChanged> changed;

  /** A new resource (revision 1) by the caller, who becomes its author and maintainer. */
  public String create(ResourceForm form) {
    User me = me();
    LearningResource r = new LearningResource(freeSlug(form.title()), me, Instant.now());
    ResourceRevision first = revise(r, 0, me, form, null, null);
    em.persist(r);
    em.persist(first);
    em.flush();
    audit.record(AuditKind.LIBRARY_CHANGED, me.getUsername(), "resource:" + r.getSlug(), "created");
    changed.fire(new ResourceChanged(r.getSlug()));
    return r.getSlug();
  }

  /** A new resource by the caller with these revisions in order (an import); its address. */
  public String createWithHistory(java.util.List<ResourceForm> revisions) {
    User me = me();
    LearningResource r =
        new LearningResource(freeSlug(revisions.get(0).title()), me, Instant.now());
    em.persist(r);
    for (ResourceForm form : revisions) {
      em.persist(revise(r, r.getLatestRevision(), me, form, null, null));
    }
    em.flush();
    audit.record(
        AuditKind.LIBRARY_CHANGED, me.getUsername(), "resource:" + r.getSlug(), "imported");
    changed.fire(new ResourceChanged(r.getSlug()));
    return r.getSlug();
  }

  /** A local variant of {@code original} by the caller, from the given content (a fork). */
  public String createVariant(LearningResource original, ResourceForm form) {
    User me = me();
    LearningResource r =
        LearningResource.forkOf(original, freeSlug(form.title() + " variante"), me, Instant.now());
    ResourceRevision first = revise(r, 0, me, form, null, null);
    em.persist(r);
    em.persist(first);
    em.flush();
    changed.fire(new ResourceChanged(r.getSlug()));
    return r.getSlug();
  }

  /**
   * Saves a new revision based on {@code basedOn}. Someone else's save in between is a conflict:
   * nothing is written and the editor resolves it.
   */
  public LibraryViews.ResourceView save(String slug, int basedOn, ResourceForm form) {
    User me = me();
    LearningResource r = reader.resource(slug);
    if (!reader.canEdit(r)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    ResourceRevision next = revise(r, basedOn, me, form, null, null);
    em.persist(next);
    if (r.getCredits().stream().noneMatch(c -> c.getUser().equals(me))) {
      // A co-maintainer or curator writing directly is a co-author, asked to consent before a
      // label.
      r.credit(me, CreditKind.CO_AUTHOR, Instant.now());
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // Both editors passed the check at the same instant: the later one sees the conflict.
      throw new EditConflictException(basedOn, basedOn + 1);
    }
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        me.getUsername(),
        "resource:" + slug,
        "revision " + next.getNumber());
    changed.fire(new ResourceChanged(slug));
    return reader.view(r, next.getNumber());
  }

  /** Restores an earlier revision's content as a new revision; the history keeps everything. */
  public LibraryViews.ResourceView revert(String slug, int toRevision, int basedOn) {
    User me = me();
    LearningResource r = reader.resource(slug);
    if (!reader.canEdit(r)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    ResourceRevision old = reader.revision(r, toRevision);
    ResourceForm form = formOf(old, "Retour à la révision " + toRevision);
    ResourceRevision next = revise(r, basedOn, me, form, toRevision, null);
    em.persist(next);
    em.flush();
    audit.record(
        AuditKind.LIBRARY_CHANGED, me.getUsername(), "resource:" + slug, "revert to " + toRevision);
    changed.fire(new ResourceChanged(slug));
    return reader.view(r, next.getNumber());
  }

  /** The maintainers submit the latest revision for review. */
  public LibraryViews.ResourceView submit(String slug) {
    LearningResource r = reader.resource(slug);
    if (!reader.canEdit(r)) {
      throw new InvalidInputException("library.notMaintainer");
    }
    try {
      r.moveTo(ResourceState.SUBMITTED);
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    audit.record(AuditKind.LIBRARY_CHANGED, caller(), "resource:" + slug, "submitted");
    changed.fire(new ResourceChanged(slug));
    return reader.view(r, r.getLatestRevision());
  }

  /** The form a revision's content makes, to edit from or to restore. */
  static ResourceForm formOf(ResourceRevision rev, String changeSummary) {
    ResourceMetadata m = rev.metadata();
    return new ResourceForm(
        m.title(),
        m.summary(),
        m.themes(),
        m.type(),
        m.audiences(),
        m.formats(),
        m.durationMinutes(),
        m.level(),
        m.licence(),
        rev.content(),
        rev.getCompetences().stream()
            .map(Competence::getId)
            .collect(java.util.stream.Collectors.toSet()),
        rev.getPixCompetences().stream()
            .map(PixCompetence::getCode)
            .collect(java.util.stream.Collectors.toSet()),
        changeSummary);
  }

  private ResourceRevision revise(
      LearningResource r,
      int basedOn,
      User me,
      ResourceForm form,
      Integer revertedFrom,
      Long proposalId) {
    Set<Competence> competences = lookup.competences(form.competenceIds());
    Set<PixCompetence> pix = lookup.pix(form.pixCodes());
    files.checkUsable(r, form.blocks());
    try {
      return r.revise(
          basedOn,
          me,
          Instant.now(),
          form.changeSummary(),
          form.metadata(),
          form.blocks(),
          competences,
          pix,
          revertedFrom,
          proposalId);
    } catch (RevisionConflict c) {
      throw new EditConflictException(c.getBasedOn(), c.getLatest());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  /** A unique address from the title (a number is added when taken). */
  private String freeSlug(String title) {
    String base = LearningResource.slugOf(title);
    String slug = base;
    for (int i = 2; reader.findResource(slug).isPresent(); i++) {
      slug = base + "-" + i;
    }
    return slug;
  }

  /** Visible resources, by title (the search engine does better: this is the plain list). */
  public PageSlice<LibraryViews.Summary> list(int first, int size) {
    return reader.list(first, size);
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Whether the caller holds an account's role: readers without one see published work alone. */
  static boolean hasAccount(jakarta.ejb.SessionContext ctx) {
    for (Role role : Role.values()) {
      if (ctx.isCallerInRole(role.name())) {
        return true;
      }
    }
    return false;
  }

  static EnumSet<ResourceState> visibleStates() {
    return EnumSet.of(
        ResourceState.SUBMITTED,
        ResourceState.IN_REVIEW,
        ResourceState.PUBLISHED,
        ResourceState.CHANGES_REQUESTED);
  }
}
