package fr.capacite.application.library;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ContentKind;
import fr.capacite.domain.library.CreditKind;
import fr.capacite.domain.library.CriterionScore;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.Licence;
import fr.capacite.domain.library.ResourceFormat;
import fr.capacite.domain.library.ResourceLevel;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceReview;
import fr.capacite.domain.library.ResourceRevision;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.ResourceType;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.domain.library.ReviewStatus;
import fr.capacite.domain.library.Theme;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo library: the resources of {@code demo-resources.json}, written by the demo accounts with
 * their revision histories, some labelled, some waiting for review. Idempotent.
 */
@Stateless
@PermitAll
public class DemoLibraryLoader {

  static final String RESOURCE = "fr/capacite/library/demo-resources.json";

  public record File(List<ResourceData> resources) {}

  public record ResourceData(
      String author,
      String state,
      Integer labelled,
      List<String> themes,
      String type,
      List<String> audiences,
      List<String> formats,
      String level,
      Integer duration,
      String licence,
      List<String> pix,
      List<Integer> ccp1,
      List<RevisionData> revisions) {}

  public record RevisionData(
      String by, String why, String title, String summary, List<List<String>> blocks) {}

  @PersistenceContext private EntityManager em;
  @jakarta.ejb.EJB private fr.capacite.application.credential.CredentialService credentials;

  public int loadMissing() {
    if (!em.createQuery("SELECT r.id FROM LearningResource r", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return 0;
    }
    File f = read();
    // One resource a week, the last one a fortnight ago: no date in the future.
    Instant start = Instant.now().minus(7L * f.resources().size() + 14, ChronoUnit.DAYS);
    int n = 0;
    User curator = user("curateur");
    for (ResourceData d : f.resources()) {
      User author = user(d.author());
      if (author == null) {
        continue;
      }
      Instant at = start.plus(n * 7L, ChronoUnit.DAYS);
      RevisionData first = d.revisions().get(0);
      LearningResource r = new LearningResource(LearningResource.slugOf(first.title()), author, at);
      em.persist(r);
      Set<Competence> competences = competences(d.ccp1());
      Set<PixCompetence> pix = pix(d.pix());
      int number = 0;
      for (RevisionData rev : d.revisions()) {
        User by = user(rev.by());
        ResourceRevision v =
            r.revise(
                number,
                by,
                at.plus(number * 9L, ChronoUnit.DAYS),
                rev.why(),
                metadata(d, rev),
                blocks(rev.blocks()),
                competences,
                pix,
                null,
                null);
        em.persist(v);
        number = v.getNumber();
        if (!by.equals(author)) {
          r.credit(by, CreditKind.CONTRIBUTOR, at).consent(at);
        }
        if (d.labelled() != null && d.labelled() == number) {
          r.moveTo(ResourceState.SUBMITTED);
          r.moveTo(ResourceState.IN_REVIEW);
          review(r, number, curator, at.plus(number * 9L + 2, ChronoUnit.DAYS), true, rev.title());
          contributions(r, author, at.plus(number * 9L + 2, ChronoUnit.DAYS));
          r.label(
              number,
              java.time.LocalDate.ofInstant(
                  at.plus(number * 9L + 2, ChronoUnit.DAYS), LibraryService.ZONE));
        }
      }
      if (d.labelled() == null) {
        ResourceState target = ResourceState.valueOf(d.state());
        for (ResourceState s : path(target)) {
          r.moveTo(s);
        }
        if (curator != null && target == ResourceState.IN_REVIEW) {
          em.persist(new ResourceReview(r, number, curator, Instant.now()));
        } else if (target == ResourceState.CHANGES_REQUESTED) {
          review(
              r,
              number,
              curator,
              Instant.now().minus(3, ChronoUnit.DAYS),
              false,
              d.revisions().get(d.revisions().size() - 1).title());
        }
      }
      n++;
    }
    return n;
  }

  /**
   * A completed demo review by the curator: a passing rubric for a labelled revision, or one that
   * asks for changes (accessibility and sources lacking).
   */
  private void review(
      LearningResource r, int number, User curator, Instant at, boolean passed, String title) {
    if (curator == null) {
      return;
    }
    ResourceReview v = new ResourceReview(r, number, curator, at);
    List<CriterionScore> lines = new ArrayList<>();
    for (ReviewCriterion c : ReviewCriterion.values()) {
      int score =
          passed
              ? (c == ReviewCriterion.UP_TO_DATE ? 2 : 3)
              : (c == ReviewCriterion.ACCESSIBILITY || c == ReviewCriterion.LICENCE_SOURCES
                  ? 1
                  : 2);
      lines.add(new CriterionScore(c, score, null));
    }
    v.score(
        lines,
        passed
            ? "Ressource claire et directement utilisable en atelier."
            : "Ajouter des sources pour les chiffres cités et un texte alternatif aux supports"
                + " visuels ; prévoir une version en gros caractères.");
    v.complete(passed ? ReviewStatus.LABELLED : ReviewStatus.CHANGES_REQUESTED, at);
    em.persist(v);
    em.flush();
    // Every completed review earns its curator a credential, in the demo as in use.
    ReviewService.reviewCredential(credentials, v, title, at);
  }

  /**
   * The co-authors of a resource just labelled: their revisions were accepted into a reviewed
   * resource, which earns each one a contribution credential (one per resource).
   */
  private void contributions(LearningResource r, User author, Instant at) {
    em.flush();
    List<ResourceRevision> revisions =
        em.createQuery(
                "SELECT v FROM ResourceRevision v WHERE v.resource = :r ORDER BY v.number",
                ResourceRevision.class)
            .setParameter("r", r)
            .getResultList();
    java.util.Set<User> done = new java.util.HashSet<>();
    for (ResourceRevision v : revisions) {
      User by = v.getAuthor();
      if (by.equals(author) || !done.add(by)) {
        continue;
      }
      credentials.issue(
          by,
          fr.capacite.domain.credential.CredentialKind.CONTRIBUTION,
          "coauthor:" + r.getId(),
          "library/contribution",
          "Contribution à une ressource vérifiée : « " + v.getTitle() + " »",
          "Révision "
              + v.getNumber()
              + " écrite en co-autrice ou co-auteur d'une ressource ensuite relue et labellisée"
              + " par la curation.",
          "Contribution intégrée à une ressource qui a reçu le label « Vérifiée ».",
          at);
    }
  }

  /** The steps from a draft to the state asked for. */
  private static List<ResourceState> path(ResourceState target) {
    return switch (target) {
      case DRAFT -> List.of();
      case SUBMITTED -> List.of(ResourceState.SUBMITTED);
      case IN_REVIEW -> List.of(ResourceState.SUBMITTED, ResourceState.IN_REVIEW);
      case CHANGES_REQUESTED ->
          List.of(
              ResourceState.SUBMITTED, ResourceState.IN_REVIEW, ResourceState.CHANGES_REQUESTED);
      case PUBLISHED ->
          throw new IllegalArgumentException(
              "a published demo resource names its labelled revision");
    };
  }

  static ResourceMetadata metadata(ResourceData d, RevisionData rev) {
    return new ResourceMetadata(
        rev.title(),
        rev.summary(),
        d.themes().stream().map(Theme::valueOf).collect(Collectors.toSet()),
        ResourceType.valueOf(d.type()),
        d.audiences().stream().map(Audience::valueOf).collect(Collectors.toSet()),
        d.formats().stream().map(ResourceFormat::valueOf).collect(Collectors.toSet()),
        d.duration(),
        ResourceLevel.valueOf(d.level()),
        Licence.valueOf(d.licence()));
  }

  static List<BlockContent> blocks(List<List<String>> rows) {
    List<BlockContent> out = new ArrayList<>();
    for (List<String> b : rows) {
      switch (ContentKind.valueOf(b.get(0))) {
        case SECTION -> out.add(BlockContent.section(b.get(1)));
        case TEXT -> out.add(BlockContent.text(b.get(1)));
        case LINK -> out.add(BlockContent.link(b.get(1), b.get(2), b.get(3)));
        default -> throw new IllegalArgumentException("demo resources have no files");
      }
    }
    return out;
  }

  /** MN 2025 CCP1 competences by their order (1 to 5). */
  private Set<Competence> competences(List<Integer> orders) {
    Set<Competence> out = new HashSet<>();
    if (orders.isEmpty()) {
      return out;
    }
    CertificationVersion mn =
        em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
            .setParameter("code", "MN-2025")
            .getSingleResult();
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", mn)
            .setParameter("code", "CCP1")
            .getSingleResult();
    orders.forEach(o -> out.add(ccp1.getCompetences().get(o - 1)));
    return out;
  }

  private Set<PixCompetence> pix(List<String> codes) {
    Set<PixCompetence> out = new HashSet<>();
    for (String c : codes) {
      out.add(
          em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
              .setParameter("code", c)
              .getSingleResult());
    }
    return out;
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static File read() {
    try (InputStream in = DemoLibraryLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, File.class);
    } catch (Exception e) {
      throw new IllegalStateException("unreadable " + RESOURCE, e);
    }
  }
}
