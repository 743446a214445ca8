package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.domain.library.ReviewStatus;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.LibraryTestData;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsCurator;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Curators' reviews: the rubric, the label after co-authors' consent, the review credential,
 * changes requested, and the re-review queue fed by expired labels, reports, low ratings and links
 * failing against a local HTTP server.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private LibraryFeedback feedback;
  @EJB private ReviewService reviews;
  @EJB private ReviewQueue queue;
  @EJB private LinkChecker links;
  @EJB private CohortTestData data;
  @EJB private PathTestData paths;
  @EJB private LibraryTestData libraryData;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsCurator asCurator;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private CollaborationService collaboration;
  @EJB private fr.capacite.application.shared.AuditService auditLog;
  @EJB private fr.capacite.application.identity.UserAdminService userAdmin;

  private static Map<ReviewCriterion, Integer> all(int score) {
    Map<ReviewCriterion, Integer> m = new EnumMap<>(ReviewCriterion.class);
    for (ReviewCriterion c : ReviewCriterion.values()) {
      m.put(c, score);
    }
    return m;
  }

  private void accounts() {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-admin", Role.ADMIN);
    data.ensureAccount("it-curator", Role.CURATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    data.ensureAccount("it-trainer", Role.TRAINER);
  }

  @Test
  void aPassingReviewLabelsOnceCoAuthorsConsentAndEarnsACredential() throws Exception {
    accounts();
    String slug =
        asMediator.call(() -> library.create(LibraryIT.form("Relu et labellisé", "Texte.", "")));
    // An administrator edits directly: a co-author, asked to consent before the label.
    asAdmin.call(
        () ->
            library.save(slug, 1, LibraryIT.form("Relu et labellisé", "Texte revu.", "Précision")));
    asMediator.call(() -> library.submit(slug));

    assertThrows(EJBAccessException.class, () -> asMediator.call(() -> reviews.start(slug)));
    assertEquals(
        "library.review.ownResource",
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> reviews.start(slug)))
            .getMessageKey());
    long id = asCurator.call(() -> reviews.start(slug));
    assertEquals(
        "library.review.taken",
        assertThrows(InvalidInputException.class, () -> asCurator.call(() -> reviews.start(slug)))
            .getMessageKey());
    var review = asCurator.call(() -> reviews.get(id));
    assertEquals(2, review.revision(), "the latest revision is reviewed");
    assertEquals(ResourceState.IN_REVIEW, asMediator.call(() -> reader.read(slug, null)).state());

    assertEquals(
        "library.review.scoreRange",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asCurator.call(
                        () -> reviews.save(id, review.entityVersion(), all(4), null, null)))
            .getMessageKey());
    assertEquals(
        "library.review.notPassing",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asCurator.call(
                        () ->
                            reviews.complete(id, review.entityVersion(), all(1), null, null, true)))
            .getMessageKey());
    var saved =
        asCurator.call(
            () ->
                reviews.save(
                    id,
                    review.entityVersion(),
                    all(2),
                    Map.of(ReviewCriterion.ACCESSIBILITY, "Ajouter un texte alternatif."),
                    null));
    assertThrows(
        ConcurrentEditException.class,
        () -> asCurator.call(() -> reviews.save(id, review.entityVersion(), all(3), null, null)));
    assertFalse(
        asAdmin.call(() -> reviews.consentAsked(slug)), "not asked before a favourable review");
    Map<ReviewCriterion, Integer> scores = all(3);
    scores.put(ReviewCriterion.UP_TO_DATE, 2);
    var done =
        asCurator.call(
            () ->
                reviews.complete(
                    id, saved.entityVersion(), scores, null, "Très bon atelier.", true));
    assertEquals(ReviewStatus.AWAITING_CONSENT, done.status());
    assertEquals(List.of("it-admin"), done.awaitingConsent());
    assertEquals(ResourceState.IN_REVIEW, asMediator.call(() -> reader.read(slug, null)).state());
    assertTrue(paths.notifications("it-admin", "notification.consentRequested") >= 1);
    assertTrue(
        paths.credentials("it-curator").stream().anyMatch(c -> c.startsWith("REVIEW|")),
        "a completed review earns a credential");

    assertTrue(asAdmin.call(() -> reviews.consentAsked(slug)));
    assertFalse(asMediator.call(() -> reviews.consentAsked(slug)), "the author consented");
    asAdmin.run(() -> reviews.consent(slug));
    var labelled = asMediator.call(() -> reader.read(slug, null));
    assertEquals(ResourceState.PUBLISHED, labelled.state());
    assertTrue(labelled.labelled());
    assertEquals(2, labelled.stable());
    assertEquals(
        ReviewStatus.LABELLED, asMediator.call(() -> reviews.ofResource(slug)).get(0).status());
    assertTrue(paths.notifications("it-mediator", "notification.resourceLabelled") >= 1);
  }

  @Test
  void changesRequestedAndTheReReviewQueue() throws Exception {
    accounts();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/ok",
        x -> {
          x.sendResponseHeaders(200, -1);
          x.close();
        });
    server.createContext(
        "/gone",
        x -> {
          x.sendResponseHeaders(404, -1);
          x.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      ResourceForm form =
          new ResourceForm(
              "Liens à vérifier",
              "Une fiche pleine de liens.",
              LibraryIT.form("x", "x", "").themes(),
              LibraryIT.form("x", "x", "").type(),
              LibraryIT.form("x", "x", "").audiences(),
              LibraryIT.form("x", "x", "").formats(),
              30,
              LibraryIT.form("x", "x", "").level(),
              null,
              List.of(
                  BlockContent.link("Vivant", base + "/ok", null),
                  BlockContent.link("Disparu", base + "/gone", null)),
              null,
              null,
              "");
      String slug = asMediator.call(() -> library.create(form));
      asMediator.call(() -> library.submit(slug));
      long id = asCurator.call(() -> reviews.start(slug));
      var review = asCurator.call(() -> reviews.get(id));
      assertEquals(
          "library.review.sayWhat",
          assertThrows(
                  InvalidInputException.class,
                  () ->
                      asCurator.call(
                          () ->
                              reviews.complete(
                                  id, review.entityVersion(), all(1), null, " ", false)))
              .getMessageKey());
      var sent =
          asCurator.call(
              () ->
                  reviews.complete(
                      id, review.entityVersion(), all(1), null, "Un lien ne répond plus.", false));
      assertEquals(ReviewStatus.CHANGES_REQUESTED, sent.status());
      assertEquals(
          ResourceState.CHANGES_REQUESTED, asMediator.call(() -> reader.read(slug, null)).state());
      assertTrue(paths.notifications("it-mediator", "notification.changesRequested") >= 1);

      assertTrue(asCurator.call(() -> links.checkNow()) >= 2);
      var row = reReview(slug);
      assertTrue(row.reasons().contains(ReviewViews.Reason.BROKEN_LINK), row.toString());
      assertTrue(row.details().stream().anyMatch(d -> d.contains("/gone (404)")), row.toString());
      assertFalse(row.details().stream().anyMatch(d -> d.contains("/ok")), row.toString());

      asMediator.run(() -> feedback.report(slug, ReportKind.OUTDATED, "Le site a changé."));
      asMediator.call(() -> feedback.rate(slug, 1, null));
      asManager.call(() -> feedback.rate(slug, 2, null));
      assertFalse(reReview(slug).reasons().contains(ReviewViews.Reason.LOW_RATING), "2 ratings");
      asTrainer.call(() -> feedback.rate(slug, 1, null));
      row = reReview(slug);
      assertTrue(row.reasons().contains(ReviewViews.Reason.REPORTED), row.toString());
      assertTrue(row.reasons().contains(ReviewViews.Reason.LOW_RATING), row.toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anExpiredLabelComesBackForReview() throws Exception {
    accounts();
    String slug =
        asMediator.call(() -> library.create(LibraryIT.form("Label à renouveler", "Texte.", "")));
    asMediator.call(() -> library.submit(slug));
    long id = asCurator.call(() -> reviews.start(slug));
    long version = asCurator.call(() -> reviews.get(id)).entityVersion();
    asCurator.call(() -> reviews.complete(id, version, all(3), null, null, true));
    assertTrue(asMediator.call(() -> reader.read(slug, null)).labelled());
    libraryData.expireLabel(slug);
    assertFalse(asMediator.call(() -> reader.read(slug, null)).labelled());
    assertTrue(reReview(slug).reasons().contains(ReviewViews.Reason.LABEL_EXPIRED));
    // Re-review: the resource goes back in review, out of the queue.
    long again = asCurator.call(() -> reviews.start(slug));
    assertTrue(again != id);
    assertTrue(
        asCurator.call(() -> queue.toReReview(0, 100)).items().stream()
            .noneMatch(r -> r.slug().equals(slug)));
  }

  private ReviewViews.ReReviewRow reReview(String slug) throws Exception {
    return asCurator.call(() -> queue.toReReview(0, 100)).items().stream()
        .filter(r -> r.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError(slug + " not in the re-review queue"));
  }

  /** A resource whose passed review waits for it-trainer, a co-maintainer who wrote directly. */
  private String awaitingTheTrainer(String title) throws Exception {
    String slug = asMediator.call(() -> library.create(LibraryIT.form(title, "Texte.", "")));
    asMediator.run(() -> collaboration.invite(slug, "it-trainer"));
    long invitation = asTrainer.call(() -> collaboration.myInvitation(slug)).orElseThrow().id();
    asTrainer.run(() -> collaboration.answer(invitation, true));
    asTrainer.call(() -> library.save(slug, 1, LibraryIT.form(title, "Texte revu.", "Ajout")));
    asMediator.call(() -> library.submit(slug));
    long id = asCurator.call(() -> reviews.start(slug));
    long version = asCurator.call(() -> reviews.get(id)).entityVersion();
    var done = asCurator.call(() -> reviews.complete(id, version, all(3), null, null, true));
    assertEquals(ReviewStatus.AWAITING_CONSENT, done.status());
    assertEquals(List.of("it-trainer"), done.awaitingConsent());
    return slug;
  }

  @Test
  void aConsentThatCannotComeNeverBlocksALabel() throws Exception {
    accounts();
    // A curator other than the reviewer gives the label, saying why; the reason is audited.
    String released = awaitingTheTrainer("Label donné par une curatrice " + System.nanoTime());
    assertEquals(
        "library.release.notOwnReview",
        assertThrows(
                InvalidInputException.class,
                () -> asCurator.run(() -> reviews.releaseLabel(released, "Injoignable.")))
            .getMessageKey());
    assertEquals(
        "library.release.reason",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> reviews.releaseLabel(released, "  ")))
            .getMessageKey());
    assertThrows(
        EJBAccessException.class,
        () -> asMediator.run(() -> reviews.releaseLabel(released, "Pressée.")));
    asAdmin.run(() -> reviews.releaseLabel(released, "Co-autrice injoignable depuis trois mois."));
    assertTrue(asMediator.call(() -> reader.read(released, null)).labelled());
    assertTrue(
        asAdmin
            .call(
                () ->
                    auditLog.search(
                        new fr.capacite.application.shared.AuditService.Filter(
                            fr.capacite.domain.shared.AuditKind.LIBRARY_CHANGED,
                            "it-admin",
                            null,
                            null),
                        0,
                        20))
            .items()
            .stream()
            .anyMatch(e -> e.getDetail().contains("Co-autrice injoignable depuis trois mois.")));
    assertEquals(
        "library.release.nothing",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> reviews.releaseLabel(released, "Encore.")))
            .getMessageKey());

    // The only awaited co-author is deactivated: the label is given at once.
    String waiting = awaitingTheTrainer("Co-auteur parti " + System.nanoTime());
    long trainer =
        asAdmin.call(() -> userAdmin.search("it-trainer", 0, 5)).items().stream()
            .filter(u -> u.getUsername().equals("it-trainer"))
            .findFirst()
            .orElseThrow()
            .getId();
    try {
      asAdmin.run(() -> userAdmin.deactivate(trainer));
      var after = asMediator.call(() -> reader.read(waiting, null));
      assertTrue(after.labelled(), "a deactivated person's consent is not awaited");
      assertEquals(ResourceState.PUBLISHED, after.state());
    } finally {
      asAdmin.run(() -> userAdmin.reactivate(trainer));
    }
  }
}
