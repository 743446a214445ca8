package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.ReportKind;
import fr.capacite.domain.library.ReviewCriterion;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.RunAsCurator;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Co-maintainers are invited and then edit directly; a fork keeps attribution and hears of the
 * original's new reviewed version; a curator merges a duplicate and everything moves over.
 */
@ExtendWith(ArquillianExtension.class)
class CollaborationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private LibraryFeedback feedback;
  @EJB private CollaborationService collaboration;
  @EJB private CollectionService collections;
  @EJB private ReviewService reviews;
  @EJB private CohortTestData data;
  @EJB private PathTestData paths;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private RunAsCurator asCurator;
  @EJB private fr.capacite.testing.RunAsAdmin asAdmin;
  @EJB private fr.capacite.testing.LibraryTestData libraryData;
  @EJB private fr.capacite.application.identity.UserAdminService users;

  private void accounts() {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    data.ensureAccount("it-trainer", Role.TRAINER);
    data.ensureAccount("it-curator", Role.CURATOR);
  }

  @Test
  void anInvitedCoMaintainerEditsDirectly() throws Exception {
    accounts();
    String slug =
        asMediator.call(() -> library.create(LibraryIT.form("À co-maintenir", "Texte.", "")));
    asMediator.call(() -> library.submit(slug));
    assertThrows(
        InvalidInputException.class,
        () -> asManager.call(() -> library.save(slug, 1, LibraryIT.form("x", "y", ""))));
    assertEquals(
        "library.notMaintainer",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> collaboration.invite(slug, "it-trainer")))
            .getMessageKey());
    assertEquals(
        "library.invitation.unknown",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> collaboration.invite(slug, "nobody-here")))
            .getMessageKey());
    asMediator.run(() -> collaboration.invite(slug, "IT-MANAGER@example.org"));
    assertEquals(
        "library.invitation.pending",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> collaboration.invite(slug, "it-manager")))
            .getMessageKey());
    var invitation = asManager.call(() -> collaboration.myInvitation(slug)).orElseThrow();
    assertThrows(
        ObjectNotFoundException.class,
        () -> asTrainer.run(() -> collaboration.answer(invitation.id(), true)),
        "only the invitee answers");
    asManager.run(() -> collaboration.answer(invitation.id(), true));
    assertTrue(paths.notifications("it-mediator", "notification.invitationAccepted") >= 1);
    var saved =
        asManager.call(
            () -> library.save(slug, 1, LibraryIT.form("À co-maintenir", "Texte enrichi.", "")));
    assertEquals(2, saved.latest());
    assertEquals(2, asMediator.call(() -> collaboration.maintainers(slug)).size());
  }

  @Test
  void aDraftIsSeenByThoseInvitedToCoMaintainIt() throws Exception {
    accounts();
    String draft =
        asMediator.call(() -> library.create(LibraryIT.form("Brouillon partagé", "Texte.", "")));
    assertThrows(
        ObjectNotFoundException.class, () -> asTrainer.call(() -> reader.read(draft, null)));
    asMediator.run(() -> collaboration.invite(draft, "it-trainer"));
    assertEquals(
        "Brouillon partagé", asTrainer.call(() -> reader.read(draft, null)).metadata().title());
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> reader.read(draft, null)),
        "still private to others");
  }

  @Test
  void aForkKeepsAttributionAndHearsOfTheOriginalsReview() throws Exception {
    accounts();
    String slug =
        asMediator.call(() -> library.create(LibraryIT.form("Original à décliner", "Texte.", "")));
    asMediator.call(() -> library.submit(slug));
    String variant = asManager.call(() -> collaboration.fork(slug));
    assertTrue(variant.startsWith("original-a-decliner-variante"), variant);
    var v = asManager.call(() -> reader.read(variant, null));
    assertTrue(v.canEdit());
    assertTrue(v.credits().stream().anyMatch(c -> c.name().equals("it-mediator")), "attribution");
    var origin = asManager.call(() -> collaboration.origin(variant)).orElseThrow();
    assertEquals(slug, origin.slug());
    assertFalse(origin.newerReviewed());

    Map<ReviewCriterion, Integer> good = new EnumMap<>(ReviewCriterion.class);
    for (ReviewCriterion c : ReviewCriterion.values()) {
      good.put(c, 3);
    }
    long id = asCurator.call(() -> reviews.start(slug));
    long version = asCurator.call(() -> reviews.get(id)).entityVersion();
    asCurator.call(() -> reviews.complete(id, version, good, null, null, true));
    assertTrue(paths.notifications("it-manager", "notification.originalReviewed") >= 1);
    assertFalse(
        asManager.call(() -> collaboration.origin(variant)).orElseThrow().newerReviewed(),
        "the variant was made from the revision now reviewed");
  }

  @Test
  void aCuratorMergesADuplicateAndItsAddressRedirects() throws Exception {
    accounts();
    String keep =
        asMediator.call(() -> library.create(LibraryIT.form("Doublon gardé", "Texte.", "")));
    String dup =
        asManager.call(() -> library.create(LibraryIT.form("Doublon fusionné", "Texte.", "")));
    asMediator.call(() -> library.submit(keep));
    asManager.call(() -> library.submit(dup));
    asTrainer.call(() -> feedback.rate(keep, 2, null));
    asTrainer.call(() -> feedback.rate(dup, 4, null));
    asMediator.call(() -> feedback.rate(dup, 4, null));
    asMediator.call(
        () ->
            feedback.declareUse(
                dup, Audience.SENIORS, "Très bien reçu.", FrenchTime.today().minusDays(1)));
    long mine = asTrainer.call(() -> collections.create("Mes doublons", null, false));
    asTrainer.run(() -> collections.add(mine, dup));
    String variant = asTrainer.call(() -> collaboration.fork(dup));
    asTrainer.run(() -> feedback.report(dup, ReportKind.DUPLICATE, "Même chose que l'autre."));

    long dupViews = asManager.call(() -> reader.read(dup, null)).views() + 1;
    long keepViews = asMediator.call(() -> reader.read(keep, null)).views() + 1;
    assertThrows(
        EJBAccessException.class, () -> asMediator.run(() -> collaboration.merge(dup, keep)));
    assertEquals(
        "library.merge.unknown",
        assertThrows(
                InvalidInputException.class,
                () -> asCurator.call(() -> collaboration.merge(dup, "nowhere")))
            .getMessageKey());
    assertEquals(
        keep,
        asCurator.call(
            () ->
                collaboration.merge(
                    dup, "http://localhost:8080/library/resource.xhtml?r=" + keep)));

    var merged = asManager.call(() -> reader.read(dup, null));
    assertEquals(keep, merged.slug(), "the old address leads to the canonical resource");
    assertTrue(merged.canEdit(), "the duplicate's author co-maintains the canonical one");
    assertEquals(dupViews + keepViews, merged.views(), "the duplicate's views move over");
    var f = asMediator.call(() -> feedback.feedback(keep));
    assertEquals(2, f.ratings(), "one rating per person: the trainer's first one stands");
    assertEquals(3.0, f.average());
    assertEquals(1, f.uses());
    assertEquals(keep, asTrainer.call(() -> collections.items(mine, 0, 10)).items().get(0).slug());
    assertEquals(keep, asTrainer.call(() -> collaboration.origin(variant)).orElseThrow().slug());
    assertTrue(paths.notifications("it-trainer", "notification.reportResolved") >= 1);
    assertEquals(
        "library.merge.merged",
        assertThrows(
                InvalidInputException.class,
                () -> asCurator.call(() -> collaboration.merge(dup, keep)))
            .getMessageKey());
  }

  @Test
  void nothingIsOrphanedWhenItsAuthorLeaves() throws Exception {
    accounts();
    String slug =
        asTrainer.call(() -> library.create(LibraryIT.form("Écrite par un partant", "Texte.", "")));
    asTrainer.call(() -> library.submit(slug));
    long leaver = libraryData.userId("it-trainer");
    asAdmin.call(() -> users.deactivate(leaver));
    try {
      var saved =
          asCurator.call(
              () -> library.save(slug, 1, LibraryIT.form("Écrite par un partant", "Reprise.", "")));
      assertEquals(2, saved.latest(), "a curator keeps it alive");
      assertEquals(
          "Écrite par un partant",
          asManager.call(() -> reader.read(slug, null)).metadata().title(),
          "readers still see it");
    } finally {
      asAdmin.call(() -> users.reactivate(leaver));
    }
  }
}
