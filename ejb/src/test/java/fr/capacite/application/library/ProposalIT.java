package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ProposalStatus;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.PathTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anyone proposes; the maintainer accepts one change and rejects another; the revision is the
 * proposer's, who earns a contribution credential; a proposal on an old revision is not merged.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private ProposalService proposals;
  @EJB private CohortTestData data;
  @EJB private PathTestData paths;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  @Test
  void aProposalIsDecidedBlockByBlockAndCredited() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    String slug =
        asMediator.call(
            () ->
                library.create(LibraryIT.form("Atelier proposé", "Texte d'origine.", "Création")));
    asMediator.call(() -> library.submit(slug));
    assertEquals(
        "library.proposal.editDirectly",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.run(
                        () -> proposals.propose(slug, 1, List.of(BlockContent.text("x")), "")))
            .getMessageKey());

    List<BlockContent> proposed =
        List.of(
            BlockContent.section("Déroulé"),
            BlockContent.text("Texte amélioré par un collègue."),
            BlockContent.link("Ressource officielle", "https://www.service-public.fr/", null));
    long id = asManager.call(() -> proposals.propose(slug, 1, proposed, "Texte plus précis"));
    assertTrue(paths.notifications("it-mediator", "notification.proposalReceived") >= 1);
    var review = asMediator.call(() -> proposals.review(id));
    assertEquals(2, review.decidable().size(), review.changes().toString());
    asMediator.call(() -> proposals.comment(id, "Merci, je garde le texte, pas le lien."));
    var decided =
        asMediator.call(
            () -> proposals.decide(id, review.entityVersion(), Set.of(review.decidable().get(0))));
    assertEquals(ProposalStatus.PARTIAL, decided.status());
    assertEquals(2, decided.resultingRevision());
    assertEquals(1, decided.comments().size());

    var history = asMediator.call(() -> reader.history(slug, 0, 10));
    assertEquals(
        "it-manager", history.items().get(0).author(), "the revision is credited to the proposer");
    List<BlockContent> now = asMediator.call(() -> reader.revisionContent(slug, 2));
    assertEquals(2, now.size(), "the link was rejected");
    assertEquals("Texte amélioré par un collègue.", now.get(1).body());
    assertTrue(
        paths.credentials("it-manager").stream().anyMatch(c -> c.startsWith("CONTRIBUTION|")));
    assertTrue(paths.notifications("it-manager", "notification.proposalAccepted") >= 1);

    // A proposal on revision 1, now outdated, is not merged silently.
    long late = asManager.call(() -> proposals.propose(slug, 1, proposed, "Trop tard"));
    var stale = asMediator.call(() -> proposals.review(late));
    assertTrue(stale.isStale());
    assertEquals(
        "library.proposal.stale",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.run(
                        () ->
                            proposals.decide(
                                late, stale.entityVersion(), Set.copyOf(stale.decidable()))))
            .getMessageKey());
    assertEquals(2, asMediator.call(() -> reader.read(slug, null)).latest(), "nothing merged");
  }
}
