package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsCurator;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A contributor's profile counts what they did; coverage counts labelled resources. */
@ExtendWith(ArquillianExtension.class)
class LibraryInsightsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryInsights insights;
  @EJB private LibraryService library;
  @EJB private ReviewService reviews;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsCurator asCurator;
  @EJB private fr.capacite.testing.LibraryTestData libraryData;

  @Test
  void profileAndCoverage() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-curator", Role.CURATOR);
    List<LibraryInsights.Coverage> before = asMediator.call(() -> insights.coverage("MN-2025"));
    assertTrue(before.size() >= 5, before.toString());
    var first = before.get(0);
    long competenceId = libraryData.competenceId("MN-2025", first.block(), first.order());
    long authoredBefore = asMediator.call(() -> insights.profile("it-mediator")).authored();
    long reviewsBefore = asMediator.call(() -> insights.profile("it-curator")).reviewsDone();

    ResourceForm base = LibraryIT.form("Couvrir une compétence", "Texte.", "");
    ResourceForm form =
        new ResourceForm(
            base.title(),
            base.summary(),
            base.themes(),
            base.type(),
            base.audiences(),
            base.formats(),
            base.durationMinutes(),
            base.level(),
            null,
            base.blocks(),
            Set.of(competenceId),
            null,
            "");
    String slug = asMediator.call(() -> library.create(form));
    asMediator.call(() -> library.submit(slug));
    assertEquals(
        first.tagged() + 1, asMediator.call(() -> insights.coverage("MN-2025")).get(0).tagged());
    assertEquals(
        first.labelled(), asMediator.call(() -> insights.coverage("MN-2025")).get(0).labelled());

    Map<ReviewCriterion, Integer> good = new EnumMap<>(ReviewCriterion.class);
    for (ReviewCriterion c : ReviewCriterion.values()) {
      good.put(c, 3);
    }
    long id = asCurator.call(() -> reviews.start(slug));
    long version = asCurator.call(() -> reviews.get(id)).entityVersion();
    asCurator.call(() -> reviews.complete(id, version, good, null, null, true));
    var after = asMediator.call(() -> insights.coverage("MN-2025")).get(0);
    assertEquals(first.labelled() + 1, after.labelled());

    var mediator = asMediator.call(() -> insights.profile("it-mediator"));
    assertEquals(authoredBefore + 1, mediator.authored());
    assertEquals(
        reviewsBefore + 1, asMediator.call(() -> insights.profile("it-curator")).reviewsDone());
    assertTrue(
        asMediator.call(() -> insights.authored("it-mediator", 0, 100)).items().stream()
            .anyMatch(s -> s.slug().equals(slug)));
  }
}
