package fr.capacite.application.library;

import fr.capacite.application.credential.CredentialService;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.credential.CredentialKind;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.CriterionScore;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceCredit;
import fr.capacite.domain.library.ResourceReview;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.domain.library.ReviewStatus;
import fr.capacite.domain.library.Rubric;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Curators' reviews (relecture): a curator takes a submitted (or labelled, for re-review) resource,
 * scores its latest revision on the rubric and either labels it "Vérifiée" — once every credited
 * co-author has accepted the credit and the licence — or requests changes. Every completed review
 * earns the curator a verifiable credential.
 */
@Stateless
@RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
public class ReviewService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LibraryReader reader;
  @EJB private NotificationService notifications;
  @EJB private CredentialService credentials;
  @EJB private AuditService audit;
  @Inject private Event<ResourceChanged> changed;

  /** Takes the resource in review; returns the review's id. Nobody reviews their own resource. */
  public long start(String slug) {
    LearningResource r = reader.resource(slug);
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    User me = me();
    if (r.isMaintainer(me) || r.getCredits().stream().anyMatch(c -> c.getUser().equals(me))) {
      throw new InvalidInputException("library.review.ownResource");
    }
    Optional<ResourceReview> current = current(r);
    if (current.isPresent()) {
      throw new InvalidInputException(
          "library.review.taken", current.get().getReviewer().getDisplayName());
    }
    try {
      r.beginReview();
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    ResourceReview review = new ResourceReview(r, r.getLatestRevision(), me, Instant.now());
    em.persist(review);
    em.flush();
    audit.record(AuditKind.LIBRARY_CHANGED, caller(), "resource:" + slug, "review started");
    changed.fire(new ResourceChanged(slug));
    return review.getId();
  }

  public ReviewViews.Review get(long id) {
    return view(review(id));
  }

  /** Saves the rubric as it stands (the reviewer only; a stale form is refused). */
  public ReviewViews.Review save(
      long id,
      long expectedVersion,
      Map<ReviewCriterion, Integer> scores,
      Map<ReviewCriterion, String> comments,
      String overall) {
    ResourceReview v = mine(id, expectedVersion);
    score(v, scores, comments, overall);
    em.flush();
    return view(v);
  }

  /**
   * Ends the review. {@code label}: the rubric must pass; the label is given at once, or when the
   * last co-author consents. Otherwise changes are requested (a comment says which).
   */
  public ReviewViews.Review complete(
      long id,
      long expectedVersion,
      Map<ReviewCriterion, Integer> scores,
      Map<ReviewCriterion, String> comments,
      String overall,
      boolean label) {
    ResourceReview v = mine(id, expectedVersion);
    score(v, scores, comments, overall);
    LearningResource r = v.getResource();
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    String title = reader.revision(r, v.getRevisionNumber()).getTitle();
    if (label) {
      if (!v.rubric().passes()) {
        throw new InvalidInputException("library.review.notPassing");
      }
      List<ResourceCredit> waiting = r.awaitingConsent();
      v.complete(
          waiting.isEmpty() ? ReviewStatus.LABELLED : ReviewStatus.AWAITING_CONSENT, Instant.now());
      if (waiting.isEmpty()) {
        applyLabel(r, v, title);
      } else {
        for (ResourceCredit c : waiting) {
          notifications.send(
              c.getUser(),
              "notification.consentRequested",
              "/library/resource.xhtml?r=" + r.getSlug(),
              List.of(title));
        }
      }
    } else {
      if (overall == null || overall.isBlank()) {
        throw new InvalidInputException("library.review.sayWhat");
      }
      v.complete(ReviewStatus.CHANGES_REQUESTED, Instant.now());
      r.requestChanges();
      tellMaintainers(r, "notification.changesRequested", title);
    }
    reviewCredential(credentials, v, title, Instant.now());
    em.flush();
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        caller(),
        "resource:" + r.getSlug(),
        "review " + v.getStatus() + " revision " + v.getRevisionNumber());
    changed.fire(new ResourceChanged(r.getSlug()));
    return view(v);
  }

  /** The credential a completed review earns its curator (the demo's reviews earn it too). */
  static void reviewCredential(
      CredentialService credentials, ResourceReview v, String title, Instant at) {
    credentials.issue(
        v.getReviewer(),
        CredentialKind.REVIEW,
        "review:" + v.getId(),
        "library/review",
        "Relecture d'une ressource de la ressourcerie : « " + title + " »",
        "Relecture complète d'une ressource pédagogique sur la grille à six critères (exactitude,"
            + " pédagogie, accessibilité RGAA, licence et sources, actualité, compétences).",
        "Avoir relu une révision d'une ressource et rendu un avis motivé sur chaque critère.",
        at);
  }

  /** A credited co-author accepts the credit and the licence; the last one releases the label. */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public void consent(String slug) {
    LearningResource r = reader.resource(slug);
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    User me = me();
    List<ResourceCredit> mine =
        r.awaitingConsent().stream().filter(c -> c.getUser().equals(me)).toList();
    if (mine.isEmpty()) {
      throw new InvalidInputException("library.consent.nothing");
    }
    mine.forEach(c -> c.consent(Instant.now()));
    audit.record(AuditKind.LIBRARY_CHANGED, caller(), "resource:" + slug, "consented");
    if (r.awaitingConsent().isEmpty()) {
      current(r)
          .filter(v -> v.getStatus() == ReviewStatus.AWAITING_CONSENT)
          .ifPresent(
              v -> {
                v.consented();
                applyLabel(r, v, reader.revision(r, v.getRevisionNumber()).getTitle());
              });
    }
    em.flush();
    changed.fire(new ResourceChanged(slug));
  }

  /**
   * A curator gives a passed review's label that still waits for a consent that will not come (a
   * co-author who no longer answers), with a written reason kept in the audit log.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.CURATOR})
  public void releaseLabel(String slug, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidInputException("library.release.reason");
    }
    if (why.length() > 500) {
      throw new InvalidInputException("library.release.tooLong", 500);
    }
    LearningResource r = reader.resource(slug);
    em.lock(r, LockModeType.PESSIMISTIC_WRITE);
    ResourceReview v =
        current(r)
            .filter(x -> x.getStatus() == ReviewStatus.AWAITING_CONSENT)
            .orElseThrow(() -> new InvalidInputException("library.release.nothing"));
    if (v.getReviewer().getUsername().equals(caller())) {
      // Four eyes: the reviewer does not also waive the authors' consent.
      throw new InvalidInputException("library.release.notOwnReview");
    }
    v.consented();
    applyLabel(r, v, reader.revision(r, v.getRevisionNumber()).getTitle());
    audit.record(
        AuditKind.LIBRARY_CHANGED,
        caller(),
        "resource:" + slug,
        "label released without "
            + r.awaitingConsent().stream().map(c -> c.getUser().getUsername()).toList()
            + ": "
            + why);
    em.flush();
    changed.fire(new ResourceChanged(slug));
  }

  /**
   * A deactivated person's consent is no longer awaited: the labels that waited only for it are
   * given at once (in the deactivating transaction).
   */
  @jakarta.annotation.security.PermitAll
  public void accountDeactivated(
      @jakarta.enterprise.event.Observes fr.capacite.application.identity.AccountDeactivated e) {
    List<ResourceReview> waiting =
        em.createQuery(
                "SELECT DISTINCT v FROM ResourceReview v, ResourceCredit c WHERE c.resource ="
                    + " v.resource AND c.user.id = :user AND c.consentAt IS NULL AND v.status ="
                    + " fr.capacite.domain.library.ReviewStatus.AWAITING_CONSENT",
                ResourceReview.class)
            .setParameter("user", e.userId())
            .getResultList();
    for (ResourceReview v : waiting) {
      LearningResource r = v.getResource();
      if (r.awaitingConsent().isEmpty()) {
        v.consented();
        applyLabel(r, v, reader.revision(r, v.getRevisionNumber()).getTitle());
        audit.recordWithChange(
            AuditKind.LIBRARY_CHANGED,
            caller(),
            "resource:" + r.getSlug(),
            "label given: " + e.username() + ", the last awaited co-author, was deactivated");
        changed.fire(new ResourceChanged(r.getSlug()));
      }
    }
  }

  /** Whether the caller is asked to accept a credit on this resource. */
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.ORG_MANAGER,
    Role.Names.TRAINER,
    Role.Names.JUROR,
    Role.Names.MEDIATOR,
    Role.Names.CURATOR
  })
  public boolean consentAsked(String slug) {
    LearningResource r = reader.resource(slug);
    String me = caller();
    // Asked once a favourable review waits for it, as the request says; not on every draft.
    return r.awaitingConsent().stream().anyMatch(c -> c.getUser().getUsername().equals(me))
        && current(r).filter(v -> v.getStatus() == ReviewStatus.AWAITING_CONSENT).isPresent();
  }

  /**
   * The reviews of a resource, newest first (what readers see of quality control). Open to anyone:
   * without an account, the finished reviews alone, without whom a label still waits for.
   */
  @jakarta.annotation.security.PermitAll
  public List<ReviewViews.Review> ofResource(String slug) {
    LearningResource r = reader.resource(slug);
    List<ResourceReview> reviews =
        em.createNamedQuery("ResourceReview.byResource", ResourceReview.class)
            .setParameter("resource", r)
            .setMaxResults(20)
            .getResultList();
    if (reviews.isEmpty()) {
      return List.of();
    }
    // The reviewed revisions' titles in one query, not one per review.
    Map<Integer, String> titles =
        em
            .createQuery(
                "SELECT v FROM ResourceRevision v WHERE v.resource = :r AND v.number IN :n",
                ResourceRevision.class)
            .setParameter("r", r)
            .setParameter("n", reviews.stream().map(ResourceReview::getRevisionNumber).toList())
            .getResultList()
            .stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    ResourceRevision::getNumber, ResourceRevision::getTitle));
    if (!LibraryService.hasAccount(ctx)) {
      return reviews.stream()
          .filter(v -> v.getStatus().isFinished())
          .map(v -> view(v, titles.get(v.getRevisionNumber()), List.of()))
          .toList();
    }
    List<String> waiting =
        r.awaitingConsent().stream().map(c -> c.getUser().getDisplayName()).toList();
    return reviews.stream().map(v -> view(v, titles.get(v.getRevisionNumber()), waiting)).toList();
  }

  private void applyLabel(LearningResource r, ResourceReview v, String title) {
    r.label(v.getRevisionNumber(), LibraryService.today());
    tellMaintainers(r, "notification.resourceLabelled", title);
    // Local variants (forks) hear that their original has a new reviewed version.
    for (LearningResource fork :
        em.createQuery(
                "SELECT f FROM LearningResource f WHERE f.forkedFrom = :r", LearningResource.class)
            .setParameter("r", r)
            .getResultList()) {
      for (var m : fork.getMaintainers()) {
        notifications.send(
            m.getUser(),
            "notification.originalReviewed",
            "/library/resource.xhtml?r=" + fork.getSlug(),
            List.of(title));
      }
    }
  }

  private void tellMaintainers(LearningResource r, String key, String title) {
    for (var m : r.getMaintainers()) {
      notifications.send(
          m.getUser(), key, "/library/resource.xhtml?r=" + r.getSlug(), List.of(title));
    }
  }

  private void score(
      ResourceReview v,
      Map<ReviewCriterion, Integer> scores,
      Map<ReviewCriterion, String> comments,
      String overall) {
    List<CriterionScore> lines = new ArrayList<>();
    for (ReviewCriterion c : ReviewCriterion.values()) {
      String comment = comments == null ? null : comments.get(c);
      if (comment != null && comment.length() > CriterionScore.COMMENT_MAX) {
        throw new InvalidInputException(
            "library.review.commentTooLong", CriterionScore.COMMENT_MAX);
      }
      lines.add(
          new CriterionScore(
              c,
              scores == null ? null : scores.get(c),
              comment == null || comment.isBlank() ? null : comment.strip()));
    }
    if (overall != null && overall.length() > ResourceReview.COMMENT_MAX) {
      throw new InvalidInputException("library.review.commentTooLong", ResourceReview.COMMENT_MAX);
    }
    try {
      v.score(lines, overall == null || overall.isBlank() ? null : overall.strip());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private ResourceReview mine(long id, long expectedVersion) {
    ResourceReview v = review(id);
    if (!v.getReviewer().getUsername().equals(caller())) {
      throw new ObjectNotFoundException("review", id);
    }
    if (v.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (v.getStatus() != ReviewStatus.IN_PROGRESS) {
      throw new InvalidInputException("library.review.closed");
    }
    return v;
  }

  private ResourceReview review(long id) {
    ResourceReview v = em.find(ResourceReview.class, id);
    if (v == null) {
      throw new ObjectNotFoundException("review", id);
    }
    return v;
  }

  private Optional<ResourceReview> current(LearningResource r) {
    return em.createNamedQuery("ResourceReview.current", ResourceReview.class)
        .setParameter("resource", r)
        .getResultStream()
        .findFirst();
  }

  private ReviewViews.Review view(ResourceReview v) {
    LearningResource r = v.getResource();
    return view(
        v,
        reader.revision(r, v.getRevisionNumber()).getTitle(),
        r.awaitingConsent().stream().map(c -> c.getUser().getDisplayName()).toList());
  }

  private ReviewViews.Review view(ResourceReview v, String title, List<String> awaitingConsent) {
    LearningResource r = v.getResource();
    Rubric rubric = v.rubric();
    List<ReviewViews.Line> lines = new ArrayList<>();
    for (ReviewCriterion c : ReviewCriterion.values()) {
      CriterionScore s =
          v.getScores().stream().filter(x -> x.getCriterion() == c).findFirst().orElse(null);
      lines.add(
          new ReviewViews.Line(
              c, s == null ? null : s.getScore(), s == null ? null : s.getComment()));
    }
    return new ReviewViews.Review(
        v.getId(),
        r.getSlug(),
        title,
        v.getRevisionNumber(),
        v.getReviewer().getDisplayName(),
        v.getStatus(),
        v.getStartedAt(),
        v.getCompletedAt(),
        lines,
        v.getOverallComment(),
        rubric.average(),
        rubric.complete(),
        rubric.passes(),
        awaitingConsent,
        v.getReviewer().getUsername().equals(caller()),
        v.getVersion());
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
