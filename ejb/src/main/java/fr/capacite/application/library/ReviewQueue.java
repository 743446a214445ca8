package fr.capacite.application.library;

import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.LinkCheck;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ReportStatus;
import fr.capacite.domain.library.ResourceReview;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The curators' two queues: resources waiting for (or under) review, and resources that need
 * reviewing again — label past its date, reported as outdated or wrong, rated low, or with failing
 * links.
 */
@Stateless
@RolesAllowed({Role.Names.CURATOR, Role.Names.ADMIN})
public class ReviewQueue {

  /** Below this average (with at least {@link #MIN_RATINGS} ratings) a resource is re-reviewed. */
  public static final String LOW_RATING_PROPERTY = "capacite.library.lowRating";

  static final int MIN_RATINGS = 3;

  @PersistenceContext private EntityManager em;

  /** Submitted resources (oldest first), then those in review with who reviews them. */
  public PageSlice<ReviewViews.QueueRow> toReview(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    var states = EnumSet.of(ResourceState.SUBMITTED, ResourceState.IN_REVIEW);
    List<LearningResource> page =
        em.createQuery(
                "SELECT r FROM LearningResource r WHERE r.state IN :states AND r.canonical IS NULL"
                    + " ORDER BY r.state DESC, r.createdAt",
                LearningResource.class)
            .setParameter("states", states)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM LearningResource r WHERE r.state IN :states AND r.canonical"
                    + " IS NULL",
                Long.class)
            .setParameter("states", states)
            .getSingleResult();
    if (page.isEmpty()) {
      return new PageSlice<>(List.of(), total, f, s);
    }
    Map<Long, ResourceRevision> latest =
        em
            .createQuery(
                "SELECT v FROM ResourceRevision v JOIN FETCH v.author WHERE v.resource IN"
                    + " :page AND v.number = v.resource.latestRevision",
                ResourceRevision.class)
            .setParameter("page", page)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(v -> v.getResource().getId(), Function.identity()));
    Map<Long, ResourceReview> reviews =
        em
            .createQuery(
                "SELECT v FROM ResourceReview v JOIN FETCH v.reviewer WHERE v.resource IN :page"
                    + " AND v.status = fr.capacite.domain.library.ReviewStatus.IN_PROGRESS",
                ResourceReview.class)
            .setParameter("page", page)
            .getResultList()
            .stream()
            .collect(
                Collectors.toMap(v -> v.getResource().getId(), Function.identity(), (a, b) -> a));
    List<ReviewViews.QueueRow> rows = new ArrayList<>();
    for (LearningResource r : page) {
      ResourceRevision v = latest.get(r.getId());
      ResourceReview review = reviews.get(r.getId());
      rows.add(
          new ReviewViews.QueueRow(
              r.getSlug(),
              v.getTitle(),
              r.getState(),
              v.getNumber(),
              v.getAuthor().getDisplayName(),
              v.getCreatedAt(),
              review == null ? null : review.getId(),
              review == null ? null : review.getReviewer().getDisplayName()));
    }
    return new PageSlice<>(rows, total, f, s);
  }

  /**
   * Resources to review again, by title. Each reason is one indexed query; the union is bounded by
   * the resources that have a problem, which stay few next to the catalogue.
   */
  public PageSlice<ReviewViews.ReReviewRow> toReReview(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    Map<Long, Problems> found = new LinkedHashMap<>();
    var today = LibraryService.today();
    for (LearningResource r :
        em.createQuery(
                "SELECT r FROM LearningResource r WHERE r.labelUntil < :today AND r.canonical IS"
                    + " NULL",
                LearningResource.class)
            .setParameter("today", today)
            .getResultList()) {
      problems(found, r).add(ReviewViews.Reason.LABEL_EXPIRED, r.getLabelUntil().toString());
    }
    for (Object[] row :
        em.createQuery(
                "SELECT p.resource, p.kind, COUNT(p) FROM ResourceReport p WHERE p.status = :open"
                    + " AND p.kind IN :kinds GROUP BY p.resource, p.kind",
                Object[].class)
            .setParameter("open", ReportStatus.OPEN)
            .setParameter("kinds", EnumSet.of(ReportKind.OUTDATED, ReportKind.ERROR))
            .getResultList()) {
      problems(found, (LearningResource) row[0])
          .add(ReviewViews.Reason.REPORTED, row[1] + " × " + row[2]);
    }
    long threshold = Math.round(lowRating() * 100);
    for (LearningResource r :
        em.createQuery(
                "SELECT r FROM LearningResource r WHERE r.ratingCount >= :min AND r.ratingSum *"
                    + " 100 < :threshold * r.ratingCount AND r.canonical IS NULL",
                LearningResource.class)
            .setParameter("min", MIN_RATINGS)
            .setParameter("threshold", threshold)
            .getResultList()) {
      problems(found, r)
          .add(
              ReviewViews.Reason.LOW_RATING,
              String.format(java.util.Locale.ROOT, "%.1f/4", r.averageRating()));
    }
    for (LinkCheck c : em.createNamedQuery("LinkCheck.failing", LinkCheck.class).getResultList()) {
      problems(found, c.getResource())
          .add(
              ReviewViews.Reason.BROKEN_LINK,
              c.getUrl()
                  + (c.getHttpStatus() == LinkCheck.NO_ANSWER
                      ? " (—)"
                      : " (" + c.getHttpStatus() + ")"));
    }
    found.values().removeIf(p -> p.resource.getState() == ResourceState.IN_REVIEW);
    List<Problems> all = new ArrayList<>(found.values());
    Map<Long, String> titles = titles(all.stream().map(p -> p.resource).toList());
    all.sort(Comparator.comparing(p -> titles.get(p.resource.getId())));
    List<ReviewViews.ReReviewRow> rows =
        all.stream()
            .skip(f)
            .limit(s)
            .map(
                p ->
                    new ReviewViews.ReReviewRow(
                        p.resource.getSlug(),
                        titles.get(p.resource.getId()),
                        p.resource.getLabelUntil(),
                        List.copyOf(p.reasons),
                        List.copyOf(p.details)))
            .toList();
    return new PageSlice<>(rows, all.size(), f, s);
  }

  static double lowRating() {
    try {
      return Double.parseDouble(System.getProperty(LOW_RATING_PROPERTY, "2.0"));
    } catch (NumberFormatException e) {
      return 2.0;
    }
  }

  private Map<Long, String> titles(List<LearningResource> resources) {
    if (resources.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT v FROM ResourceRevision v WHERE v.resource IN :rs AND v.number ="
                + " v.resource.latestRevision",
            ResourceRevision.class)
        .setParameter("rs", resources)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(v -> v.getResource().getId(), ResourceRevision::getTitle));
  }

  private static Problems problems(Map<Long, Problems> found, LearningResource r) {
    return found.computeIfAbsent(r.getId(), k -> new Problems(r));
  }

  private static final class Problems {
    final LearningResource resource;
    final java.util.Set<ReviewViews.Reason> reasons = EnumSet.noneOf(ReviewViews.Reason.class);
    final List<String> details = new ArrayList<>();

    Problems(LearningResource resource) {
      this.resource = resource;
    }

    Problems add(ReviewViews.Reason reason, String detail) {
      reasons.add(reason);
      details.add(detail);
      return this;
    }
  }
}
