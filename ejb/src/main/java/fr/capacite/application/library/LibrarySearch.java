package fr.capacite.application.library;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.LearningResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searching the library: Lucene finds and counts, the database gives what is shown (one query per
 * page); a resource the index still lists but the database no longer shows is left out.
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
  @EJB private LibraryReader reader;

  /** One page of results with the facet counts of the whole result. */
  public record Page(
      PageSlice<LibraryViews.Summary> results, Map<String, List<SearchIndex.FacetCount>> facets)
      implements Serializable {}

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
    SearchIndex.Result r =
        index.search(words, known, order == null ? SearchIndex.Order.RELEVANCE : order, f, s);
    List<LearningResource> found =
        r.slugs().isEmpty()
            ? List.of()
            : em
                .createQuery(
                    "SELECT r FROM LearningResource r WHERE r.slug IN :slugs",
                    LearningResource.class)
                .setParameter("slugs", r.slugs())
                .getResultList()
                .stream()
                .sorted(Comparator.comparingInt(x -> r.slugs().indexOf(x.getSlug())))
                .toList();
    return new Page(new PageSlice<>(reader.summaries(found), r.total(), f, s), r.facets());
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
