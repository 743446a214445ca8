package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ratings replace one another, uses are declared, reports go to curators and back to reporters. */
@ExtendWith(ArquillianExtension.class)
class LibraryFeedbackIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibraryFeedback feedback;
  @EJB private CohortTestData data;
  @EJB private PathTestData paths;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;
  @EJB private RunAsAdmin asAdmin;

  @Test
  void ratingsUsesAndReports() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    data.ensureAccount("it-admin", Role.ADMIN);
    String slug =
        asMediator.call(
            () -> library.create(LibraryIT.form("Atelier signaux", "Texte.", "Création")));
    asMediator.call(() -> library.submit(slug));

    asMediator.call(() -> feedback.rate(slug, 2, "Trop court"));
    var again = asMediator.call(() -> feedback.rate(slug, 4, "Finalement très utile"));
    assertEquals(1, again.ratings(), "one rating per person");
    assertEquals(4.0, again.average());
    var both = asManager.call(() -> feedback.rate(slug, 3, null));
    assertEquals(3.5, both.average());
    assertEquals(3, both.myScore());
    assertEquals(
        "library.rating.score",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> feedback.rate(slug, 5, null)))
            .getMessageKey());

    var used =
        asManager.call(
            () ->
                feedback.declareUse(
                    slug,
                    Audience.SENIORS,
                    "Huit participants, très bon retour.",
                    FrenchTime.today().minusDays(1)));
    assertEquals(1, used.uses());
    assertEquals(
        "library.usage.badDate",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.run(
                        () ->
                            feedback.declareUse(
                                slug, Audience.SENIORS, "x", FrenchTime.today().plusDays(3))))
            .getMessageKey());

    asMediator.run(() -> feedback.report(slug, ReportKind.OUTDATED, "Le numéro a changé."));
    var queue = asAdmin.call(() -> feedback.openReports(0, 200));
    var mine = queue.items().stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    assertEquals(ReportKind.OUTDATED, mine.kind());
    assertEquals(
        "library.report.resolutionRequired",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> feedback.close(mine.id(), mine.entityVersion(), true, " ")))
            .getMessageKey());
    asAdmin.run(
        () ->
            feedback.close(
                mine.id(), mine.entityVersion(), true, "Numéro corrigé dans la révision 2."));
    assertTrue(
        paths.notifications("it-mediator", "notification.reportResolved") >= 1,
        "the reporter is told");
    assertTrue(
        asAdmin.call(() -> feedback.openReports(0, 200)).items().stream()
            .noneMatch(r -> r.id() == mine.id()));
  }
}
