package fr.capacite.application.library;

import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds search documents from the database: visible resources at their shown revision, read in
 * batches of {@value #BATCH} with their revisions in one query per batch.
 */
@Stateless
@PermitAll
public class LibraryIndexer {

  static final int BATCH = 200;

  private static final String VISIBLE =
      " FROM LearningResource r WHERE r.canonical IS NULL AND (r.state IN :visible OR r.stableRevision IS NOT NULL)";

  @PersistenceContext private EntityManager em;

  /**
   * What the library's rows are now, in one aggregate query: any change of a resource (a new
   * revision, a state, a label, a merge) bumps its version, so the fingerprint changes with it.
   */
  public String fingerprint() {
    Object[] r =
        em.createQuery(
                "SELECT COUNT(r), SUM(r.version), MAX(r.id) FROM LearningResource r",
                Object[].class)
            .getSingleResult();
    return r[0] + ":" + (r[1] == null ? 0 : r[1]) + ":" + (r[2] == null ? 0 : r[2]);
  }

  public int countVisible() {
    return em.createQuery("SELECT COUNT(r)" + VISIBLE, Long.class)
        .setParameter("visible", LibraryService.visibleStates())
        .getSingleResult()
        .intValue();
  }

  /**
   * The documents of the visible resources after an identity, in identity order: the next batch of
   * a rebuild. Keyed rather than offset, so that the last batch costs what the first does.
   */
  public Batch documentsAfter(long afterId, int size) {
    List<LearningResource> page =
        em.createQuery(
                "SELECT r" + VISIBLE + " AND r.id > :after ORDER BY r.id", LearningResource.class)
            .setParameter("visible", LibraryService.visibleStates())
            .setParameter("after", afterId)
            .setMaxResults(size)
            .getResultList();
    return new Batch(documents(page), page.isEmpty() ? afterId : page.get(page.size() - 1).getId());
  }

  /** A batch of documents and the identity the next one starts after. */
  public record Batch(List<SearchIndex.Doc> documents, long lastId) {}

  /** The document of one resource, if it is visible; in its own transaction (after a commit). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<SearchIndex.Doc> document(String slug) {
    List<LearningResource> r =
        em.createQuery("SELECT r" + VISIBLE + " AND r.slug = :slug", LearningResource.class)
            .setParameter("visible", LibraryService.visibleStates())
            .setParameter("slug", slug)
            .getResultList();
    return documents(r).stream().findFirst();
  }

  private List<SearchIndex.Doc> documents(List<LearningResource> resources) {
    if (resources.isEmpty()) {
      return List.of();
    }
    // Only the revision shown of each, with its blocks and competences fetched in batches.
    Map<Long, ResourceRevision> shown =
        LibraryReader.shownRevisions(em, resources, "blocks", "competences", "pixCompetences");
    var today = LibraryService.today();
    return resources.stream()
        .filter(r -> shown.containsKey(r.getId()))
        .map(
            r -> {
              ResourceRevision v = shown.get(r.getId());
              ResourceMetadata m = v.metadata();
              boolean labelled = r.labelled(today);
              Map<String, Set<String>> facets = new LinkedHashMap<>();
              facets.put("theme", names(m.themes()));
              facets.put("type", Set.of(m.type().name()));
              facets.put("audience", names(m.audiences()));
              facets.put("format", names(m.formats()));
              Set<String> competences = new LinkedHashSet<>();
              v.getCompetences()
                  .forEach(
                      k ->
                          competences.add(
                              k.getBlock().getCertificationVersion().getCode()
                                  + " "
                                  + k.getBlock().getCode()));
              v.getPixCompetences().forEach(p -> competences.add("Pix " + p.getCode()));
              facets.put("competence", competences);
              facets.put("label", Set.of(labelled ? "VERIFIED" : "UNVERIFIED"));
              facets.put("licence", Set.of(m.licence().name()));
              double rating = r.averageRating() == null ? 0 : r.averageRating();
              return new SearchIndex.Doc(
                  r.getId(),
                  r.getSlug(),
                  m.title(),
                  m.summary(),
                  v.content().stream()
                      .map(BlockContent::plainText)
                      .collect(Collectors.joining("\n")),
                  facets,
                  rating + (labelled ? 4 : 0),
                  v.getCreatedAt().toEpochMilli(),
                  r.getState() == ResourceState.PUBLISHED);
            })
        .toList();
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
