package fr.capacite.application.library;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ContentKind;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.StoredFile;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading resources with the rules of who sees what: a resource is public once submitted or
 * reviewed; a draft never submitted is seen by its maintainers and curators only. Readers get the
 * stable (reviewed) revision unless they ask for another.
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
public class LibraryReader {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @Resource private jakarta.transaction.TransactionSynchronizationRegistry registry;

  /** Key prefix of the addresses resolved in the current transaction. */
  private static final String RESOLVED = LibraryReader.class.getName() + ".slug:";

  @EJB private ResourceCounters counters;

  /**
   * A resource at a revision (null: the one shown by default); counts a view. Open to anyone: a
   * reader without an account reads published resources at their reviewed (stable) revision alone;
   * any other resource or revision does not exist for them.
   */
  @jakarta.annotation.security.PermitAll
  public LibraryViews.ResourceView read(String slug, Integer revision) {
    LearningResource r = resource(slug);
    LibraryViews.ResourceView view = view(r, checked(r, revision));
    // Counted last: the row lock of the increment is then held for an instant, after every read.
    counters.viewed(r.getSlug());
    return view;
  }

  /** The same, without counting a view (the page counts it after its other parts). */
  @jakarta.annotation.security.PermitAll
  public LibraryViews.ResourceView readUncounted(String slug, Integer revision) {
    LearningResource r = resource(slug);
    return view(r, checked(r, revision));
  }

  /** The revision to show; without an account, the reviewed one alone exists. */
  private int checked(LearningResource r, Integer revision) {
    int n = revision == null ? r.shownRevision() : revision;
    boolean anonymous = !LibraryService.hasAccount(ctx);
    if (n < 1
        || n > r.getLatestRevision()
        || (anonymous && !Integer.valueOf(n).equals(r.getStableRevision()))) {
      throw new ObjectNotFoundException("revision", n);
    }
    return n;
  }

  /** A revision as readers see it, without counting a view (curators reviewing it). */
  public LibraryViews.ResourceView revisionView(String slug, int number) {
    return view(resource(slug), number);
  }

  /** The blocks of a revision as written (Markdown, not rendered), to edit from. */
  public List<BlockContent> revisionContent(String slug, int number) {
    return revision(resource(slug), number).content();
  }

  /** The history, newest first. */
  public PageSlice<LibraryViews.RevisionRow> history(String slug, int first, int size) {
    LearningResource r = resource(slug);
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<LibraryViews.RevisionRow> rows =
        em
            .createNamedQuery("ResourceRevision.history", ResourceRevision.class)
            .setParameter("resource", r)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList()
            .stream()
            .map(
                v ->
                    new LibraryViews.RevisionRow(
                        v.getNumber(),
                        v.getAuthor().getDisplayName(),
                        v.getCreatedAt(),
                        v.getChangeSummary(),
                        v.getRevertedFrom(),
                        r.getStableRevision() != null && r.getStableRevision() == v.getNumber()))
            .toList();
    return new PageSlice<>(rows, r.getLatestRevision(), f, s);
  }

  /** The difference between two revisions, block by block and word by word. */
  public LibraryViews.DiffView diff(String slug, int from, int to) {
    LearningResource r = resource(slug);
    ResourceRevision a = revision(r, from);
    ResourceRevision b = revision(r, to);
    ResourceMetadata ma = a.metadata();
    ResourceMetadata mb = b.metadata();
    List<String> facets = new ArrayList<>();
    if (!ma.themes().equals(mb.themes())) facets.add("themes");
    if (ma.type() != mb.type()) facets.add("type");
    if (!ma.audiences().equals(mb.audiences())) facets.add("audiences");
    if (!ma.formats().equals(mb.formats())) facets.add("formats");
    if (!java.util.Objects.equals(ma.durationMinutes(), mb.durationMinutes()))
      facets.add("duration");
    if (ma.level() != mb.level()) facets.add("level");
    if (ma.licence() != mb.licence()) facets.add("licence");
    if (!a.getCompetences().equals(b.getCompetences())
        || !a.getPixCompetences().equals(b.getPixCompetences())) {
      facets.add("competences");
    }
    return new LibraryViews.DiffView(
        slug,
        from,
        to,
        a.getAuthor().getDisplayName(),
        b.getAuthor().getDisplayName(),
        RevisionDiff.words(ma.title(), mb.title()),
        RevisionDiff.words(ma.summary(), mb.summary()),
        facets,
        RevisionDiff.blocks(a.content(), b.content()));
  }

  /** Visible resources by title, one page (drafts of others are not listed). */
  public PageSlice<LibraryViews.Summary> list(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<LearningResource> page =
        em.createQuery(
                "SELECT r FROM LearningResource r WHERE r.canonical IS NULL AND (r.state IN :visible"
                    + " OR r.stableRevision IS NOT NULL) ORDER BY r.slug",
                LearningResource.class)
            .setParameter("visible", LibraryService.visibleStates())
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM LearningResource r WHERE r.canonical IS NULL AND (r.state IN"
                    + " :visible OR r.stableRevision IS NOT NULL)",
                Long.class)
            .setParameter("visible", LibraryService.visibleStates())
            .getSingleResult();
    return new PageSlice<>(summaries(page), total, f, s);
  }

  /** A published resource's address and when its reviewed revision was written. */
  public record PublishedAddress(String slug, java.time.Instant updated) {}

  /**
   * The published resources (their reviewed revision), oldest first, one page: what the sitemap
   * lists. Open to anyone: these are the resources anyone may read.
   */
  @jakarta.annotation.security.PermitAll
  public PageSlice<PublishedAddress> published(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = Math.max(1, Math.min(SITEMAP_PAGE_MAX, size));
    List<PublishedAddress> rows =
        em.createQuery(
                "SELECT NEW fr.capacite.application.library.LibraryReader.PublishedAddress(r.slug,"
                    + " v.createdAt) FROM LearningResource r, ResourceRevision v WHERE v.resource"
                    + " = r AND v.number = r.stableRevision AND r.state = :published AND"
                    + " r.canonical IS NULL ORDER BY r.id",
                PublishedAddress.class)
            .setParameter("published", ResourceState.PUBLISHED)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(r) FROM LearningResource r WHERE r.state = :published AND"
                    + " r.stableRevision IS NOT NULL AND r.canonical IS NULL",
                Long.class)
            .setParameter("published", ResourceState.PUBLISHED)
            .getSingleResult();
    return new PageSlice<>(rows, total, f, s);
  }

  /** At most this many addresses per sitemap file (the protocol allows 50,000). */
  public static final int SITEMAP_PAGE_MAX = 10_000;

  /** Summaries of resources at their shown revision, in two queries. */
  public List<LibraryViews.Summary> summaries(List<LearningResource> resources) {
    if (resources.isEmpty()) {
      return List.of();
    }
    var shown = shownRevisions(em, resources);
    var today = LibraryService.today();
    return resources.stream()
        .map(
            r -> {
              ResourceRevision v = shown.get(r.getId());
              return LibraryViews.Summary.of(
                  r.getSlug(),
                  v.getTitle(),
                  v.getSummary(),
                  r.getState(),
                  r.getLabelUntil(),
                  r.getRatingSum(),
                  r.getRatingCount(),
                  r.getViews(),
                  today);
            })
        .toList();
  }

  /**
   * The revision shown of each resource (the stable one, else the latest), by resource id. Both
   * lists go to the database as IN lists on the unique (resource, number) index, which the database
   * probes without reading other revisions; the few extra pairs this matches are left out here.
   * Loading every revision of the resources grew with their histories.
   */
  static Map<Long, ResourceRevision> shownRevisions(
      EntityManager em, List<LearningResource> resources, String... batchFetched) {
    Map<Long, Integer> wanted = new HashMap<>();
    resources.forEach(r -> wanted.put(r.getId(), r.shownRevision()));
    var query =
        em.createQuery(
                "SELECT v FROM ResourceRevision v WHERE v.resource.id IN :ids AND v.number IN"
                    + " :numbers",
                ResourceRevision.class)
            .setParameter("ids", wanted.keySet())
            .setParameter("numbers", Set.copyOf(wanted.values()));
    if (batchFetched.length > 0) {
      // The named relations of every revision read in one more query each (EclipseLink's IN batch).
      query.setHint("eclipselink.batch.type", "IN");
      for (String path : batchFetched) {
        query.setHint("eclipselink.batch", "v." + path);
      }
    }
    return query.getResultList().stream()
        .filter(v -> wanted.get(v.getResource().getId()) == v.getNumber())
        .collect(Collectors.toMap(v -> v.getResource().getId(), v -> v));
  }

  public LibraryViews.ResourceView view(LearningResource r, int number) {
    ResourceRevision v = revision(r, number);
    var today = LibraryService.today();
    List<LibraryViews.BlockView> blocks = new ArrayList<>();
    for (BlockContent c : v.content()) {
      blocks.add(
          new LibraryViews.BlockView(
              c.kind(),
              c.heading(),
              c.kind() == ContentKind.TEXT || c.kind() == ContentKind.LINK
                  ? Markdown.toHtml(c.body())
                  : null,
              c.url(),
              c.fileSha256(),
              c.fileName(),
              c.altText()));
    }
    return new LibraryViews.ResourceView(
        r.getSlug(),
        number,
        r.getLatestRevision(),
        r.getStableRevision(),
        r.getState(),
        r.labelled(today),
        r.getLabelUntil(),
        r.hasPendingChanges(),
        v.metadata(),
        blocks,
        v.getCompetences().stream()
            .sorted(Comparator.comparing(Competence::getId))
            .map(
                k ->
                    k.getBlock().getCertificationVersion().getCode()
                        + " "
                        + k.getBlock().getCode()
                        + " — "
                        + k.getTitle())
            .toList(),
        v.getPixCompetences().stream().map(p -> p.getCode() + " " + p.getTitle()).sorted().toList(),
        v.getCompetences().stream().map(Competence::getId).collect(Collectors.toSet()),
        v.getPixCompetences().stream().map(PixCompetence::getCode).collect(Collectors.toSet()),
        r.getCredits().stream()
            .map(
                c ->
                    new LibraryViews.CreditView(
                        c.getUser().getDisplayName(), c.getKind(), c.hasConsented()))
            .toList(),
        v.getAuthor().getDisplayName(),
        v.getCreatedAt(),
        v.getChangeSummary(),
        canEdit(r),
        r.getViews(),
        r.getVersion());
  }

  /**
   * The resource if the caller may see it (merged ones lead to their canonical resource). Open to
   * anyone, since {@link #canRead} decides: without an account, published resources alone.
   */
  @jakarta.annotation.security.PermitAll
  public LearningResource resource(String slug) {
    LearningResource r =
        findResource(slug).orElseThrow(() -> new ObjectNotFoundException("resource", slug));
    while (r.getCanonical() != null) {
      r = r.getCanonical();
    }
    if (!canRead(r)) {
      throw new ObjectNotFoundException("resource", slug);
    }
    return r;
  }

  /** The resource at that address, or at a former address of it (see {@code ResourceSlugAlias}). */
  public Optional<LearningResource> findResource(String slug) {
    // One page asks several services about the same address in one transaction: the identity
    // found first is kept for the transaction, and the entity is then taken from the persistence
    // context without a query (JTA's per-transaction resources).
    String key = RESOLVED + slug;
    boolean inTransaction = registry.getTransactionKey() != null;
    if (inTransaction && registry.getResource(key) instanceof Long id) {
      LearningResource known = em.find(LearningResource.class, id);
      if (known != null) {
        return Optional.of(known);
      }
    }
    Optional<LearningResource> r =
        em.createNamedQuery("LearningResource.findBySlug", LearningResource.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst();
    if (r.isEmpty()) {
      r =
          em.createNamedQuery("ResourceSlugAlias.resource", LearningResource.class)
              .setParameter("slug", slug)
              .getResultStream()
              .findFirst();
    }
    if (inTransaction) {
      r.ifPresent(found -> registry.putResource(key, found.getId()));
    }
    return r;
  }

  public ResourceRevision revision(LearningResource r, int number) {
    return em.createNamedQuery("ResourceRevision.find", ResourceRevision.class)
        .setParameter("resource", r)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("revision", number));
  }

  public Optional<StoredFile> file(String sha256) {
    return em.createNamedQuery("StoredFile.findBySha", StoredFile.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst();
  }

  /** Maintainers and curators edit directly (so nothing is orphaned when people leave). */
  public boolean canEdit(LearningResource r) {
    return ctx.isCallerInRole(Role.Names.CURATOR)
        || ctx.isCallerInRole(Role.Names.ADMIN)
        || r.getMaintainers().stream()
            .anyMatch(m -> m.getUser().getUsername().equals(ctx.getCallerPrincipal().getName()));
  }

  /**
   * A draft is seen by its maintainers, curators, and those invited to co-maintain it; a reader
   * without an account sees published resources alone.
   */
  private boolean canRead(LearningResource r) {
    if (!LibraryService.hasAccount(ctx)) {
      return r.getState() == ResourceState.PUBLISHED && r.getStableRevision() != null;
    }
    return r.getState() != ResourceState.DRAFT
        || r.getStableRevision() != null
        || canEdit(r)
        || em.createQuery(
                    "SELECT COUNT(i) FROM MaintainerInvitation i WHERE i.resource = :r AND"
                        + " i.invitee.username = :u AND i.status ="
                        + " fr.capacite.domain.library.InvitationStatus.PENDING",
                    Long.class)
                .setParameter("r", r)
                .setParameter("u", ctx.getCallerPrincipal().getName())
                .getSingleResult()
            > 0;
  }
}
