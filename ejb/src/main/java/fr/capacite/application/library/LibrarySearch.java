package fr.capacite.application.library;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.ResourceState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searching the library: Lucene finds, counts and gives the title and summary shown; the database
 * gives the live figures (one query per page); a resource the index still lists but the database no
 * longer shows is left out.
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
public class LibrarySearch {

  /** Longest query accepted (words, not documents). */
  public static final int QUERY_MAX = 200;

  @PersistenceContext private EntityManager em;
  @EJB private LibraryIndex index;

  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  /** One page of results with the facet counts of the whole result. */
  public record Page(
      PageSlice<LibraryViews.Summary> results, Map<String, List<SearchIndex.FacetCount>> facets)
      implements Serializable {}

  /**
   * Open to anyone: a reader without an account finds the published resources alone (never those
   * submitted, in review or sent back, nor drafts); an account finds every visible one.
   */
  @jakarta.annotation.security.PermitAll
  public Page search(
      String words,
      Map<String, Set<String>> filters,
      SearchIndex.Order order,
      int first,
      int size) {
    if (words != null && words.length() > QUERY_MAX) {
      throw new InvalidInputException("library.search.tooLong", QUERY_MAX);
    }
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    Map<String, Set<String>> known = new HashMap<>();
    (filters == null ? Map.<String, Set<String>>of() : filters)
        .forEach(
            (dim, values) -> {
              if (SearchIndex.DIMENSIONS.contains(dim) && values != null && !values.isEmpty()) {
                known.put(dim, values);
              }
            });
    boolean publicOnly = !LibraryService.hasAccount(ctx);
    SearchIndex.Result r =
        index.search(
            words, known, order == null ? SearchIndex.Order.RELEVANCE : order, f, s, publicOnly);
    return new Page(
        new PageSlice<>(
            summaries(
                r.hits(),
                publicOnly
                    ? java.util.EnumSet.of(ResourceState.PUBLISHED)
                    : LibraryService.visibleStates()),
            r.total(),
            f,
            s),
        r.facets());
  }

  /**
   * The hits in the index's order, with title and summary as the index stored them (from the shown
   * revision) and the live figures (state, label, rating, views) from the database, in one query.
   */
  private List<LibraryViews.Summary> summaries(
      List<SearchIndex.Hit> hits, java.util.Set<ResourceState> visible) {
    if (hits.isEmpty()) {
      return List.of();
    }
    // The live columns alone, as values: no entity built, nothing tracked (the page only shows).
    // By primary key: Derby's probes of the slug index compared strings down the tree.
    Map<Long, Object[]> found = new HashMap<>();
    em.createQuery(
            "SELECT r.id, r.state, r.labelUntil, r.ratingSum, r.ratingCount, r.views"
                + " FROM LearningResource r WHERE r.id IN :ids",
            Object[].class)
        .setParameter("ids", hits.stream().map(SearchIndex.Hit::id).toList())
        .getResultList()
        .forEach(row -> found.put((Long) row[0], row));
    var today = LibraryService.today();
    return hits.stream()
        .filter(h -> found.containsKey(h.id()))
        .filter(h -> visible.contains((ResourceState) found.get(h.id())[1]))
        .map(
            h -> {
              Object[] r = found.get(h.id());
              return LibraryViews.Summary.of(
                  h.slug(),
                  h.title(),
                  h.summary(),
                  (ResourceState) r[1],
                  (LocalDate) r[2],
                  ((Number) r[3]).longValue(),
                  ((Number) r[4]).intValue(),
                  ((Number) r[5]).longValue(),
                  today);
            })
        .toList();
  }

  /** Rebuilds the index from the database, in the background (administrators). */
  @RolesAllowed(Role.Names.ADMIN)
  public boolean rebuild() {
    return index.startRebuild();
  }

  /** Rebuild progress: done, total, running. */
  public int[] progress() {
    return new int[] {index.getDone(), index.getTotal(), index.isRebuilding() ? 1 : 0};
  }
}
