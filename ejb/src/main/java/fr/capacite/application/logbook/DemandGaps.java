package fr.capacite.application.logbook;

import fr.capacite.application.library.LibraryIndex;
import fr.capacite.application.library.SearchIndex;
import fr.capacite.application.shared.KeptAnswers;
import fr.capacite.domain.logbook.DemandWords;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gap list (issue 19, "what people ask for"): for each of the most asked themes of mediators'
 * logbooks nationally over the last twelve months, whether the library holds a labelled resource
 * about it (published, its reviewed revision labelled; found by the theme's words, {@link
 * DemandWords}) and whether the catalogue offers a module about it. What curators, contributors and
 * training organisations work from. Kept {@link #FRESH}: the demand is itself kept ten minutes.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class DemandGaps {

  static final Duration FRESH = Duration.ofMinutes(10);

  /** The demands listed: the most asked themes. */
  public static final int TOP = 12;

  /** Resources and modules named per demand. */
  public static final int NAMED = 3;

  /** A resource or a module named as an answer. */
  public record Answer(String key, String title) implements Serializable {}

  /** One demand and what answers it. */
  public record Gap(
      LogTheme theme,
      Long entries,
      long labelledResources,
      List<Answer> resources,
      List<Answer> modules)
      implements Serializable {

    /** Nothing labelled in the library, or nothing in the catalogue. */
    public boolean gap() {
      return labelledResources == 0 || modules.isEmpty();
    }
  }

  public record Gaps(List<Gap> gaps, Instant computedAt) implements Serializable {}

  private final KeptAnswers<String, Gaps> kept = new KeptAnswers<>(FRESH, 1, Gaps::computedAt);

  @PersistenceContext private EntityManager em;
  @EJB private ObservatoryFigures observatory;
  @EJB private LibraryIndex index;

  /** The national gap list. */
  public Gaps national() {
    return kept.get("national", this::compute);
  }

  private Gaps compute() {
    var figures =
        observatory.figures(LogbookFigures.Scope.national(), 12, FrenchTime.today()).figures();
    List<LogbookFigures.Demand> top =
        figures.demand().stream().filter(d -> d.entries().shown()).limit(TOP).toList();
    Map<LogTheme, Long> entries =
        top.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    LogbookFigures.Demand::theme, d -> d.entries().value(), (a, b) -> a));
    return new Gaps(
        gapsFor(top.stream().map(LogbookFigures.Demand::theme).toList(), entries), Instant.now());
  }

  /**
   * What answers each of these themes, in their order: labelled resources (counted, the first
   * {@link #NAMED} named) and active catalogue modules (one read of the catalogue).
   */
  public List<Gap> gapsFor(List<LogTheme> themes, Map<LogTheme, Long> entries) {
    List<Object[]> modules =
        em.createQuery(
                "SELECT m.code, m.title, m.description FROM TrainingModule m WHERE m.active ="
                    + " TRUE ORDER BY m.title",
                Object[].class)
            .getResultList();
    return themes.stream()
        .map(
            t -> {
              SearchIndex.Result found =
                  index.search(
                      DemandWords.query(t),
                      Map.of("label", Set.of("VERIFIED")),
                      SearchIndex.Order.QUALITY,
                      0,
                      NAMED,
                      true);
              List<Answer> named =
                  found.hits().stream().map(h -> new Answer(h.slug(), h.title())).toList();
              List<Answer> answering =
                  modules.stream()
                      .filter(
                          m ->
                              DemandWords.speaksOf(
                                  t, m[1] + " " + (m[2] == null ? "" : (String) m[2])))
                      .limit(NAMED)
                      .map(m -> new Answer((String) m[0], (String) m[1]))
                      .toList();
              return new Gap(t, entries.get(t), found.total(), named, answering);
            })
        .toList();
  }

  /** Forgets the kept list (a test that changed the library or the catalogue). */
  public void forget() {
    kept.clear();
  }
}
