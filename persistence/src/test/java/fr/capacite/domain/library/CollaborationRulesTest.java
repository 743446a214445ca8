package fr.capacite.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Forks keep attribution, merges carry contributors over, invitations, collections. */
class CollaborationRulesTest {

  private final User ana = new User("ana", "ana@example.org", "Ana", "h");
  private final User bob = new User("bob", "bob@example.org", "Bob", "h");
  private final User cleo = new User("cleo", "cleo@example.org", "Cléo", "h");

  @Test
  void aForkKeepsEveryoneCreditedOnTheOriginal() {
    LearningResource original = new LearningResource("atelier", ana, Instant.EPOCH);
    original.credit(bob, CreditKind.CO_AUTHOR, Instant.EPOCH);
    LearningResource fork =
        LearningResource.forkOf(original, "atelier-variante", cleo, Instant.EPOCH);
    assertEquals(original, fork.getForkedFrom());
    assertTrue(fork.isMaintainer(cleo));
    assertFalse(fork.isMaintainer(ana), "the variant is its author's");
    assertEquals(3, fork.getCredits().size());
    assertTrue(fork.awaitingConsent().isEmpty(), "attribution is not a new co-authorship");
  }

  @Test
  void aMergeCarriesCreditsAndMaintainersOver() {
    LearningResource keep = new LearningResource("keep", ana, Instant.EPOCH);
    LearningResource dup = new LearningResource("dup", bob, Instant.EPOCH);
    dup.mergeInto(keep, Instant.EPOCH);
    assertEquals(keep, dup.getCanonical());
    assertTrue(keep.isMaintainer(bob), "the duplicate's author keeps editing");
    assertTrue(keep.getCredits().stream().anyMatch(c -> c.getUser().equals(bob)));
    assertThrows(IllegalStateException.class, () -> dup.mergeInto(keep, Instant.EPOCH));
    assertThrows(IllegalArgumentException.class, () -> keep.mergeInto(keep, Instant.EPOCH));
    LearningResource other = new LearningResource("other", cleo, Instant.EPOCH);
    assertThrows(
        IllegalStateException.class,
        () -> other.mergeInto(dup, Instant.EPOCH),
        "never into a merged resource");
    assertThrows(
        IllegalStateException.class,
        () -> LearningResource.forkOf(dup, "x", cleo, Instant.EPOCH),
        "a merged resource is not forked");
  }

  @Test
  void anInvitationIsAnsweredOnce() {
    LearningResource r = new LearningResource("r", ana, Instant.EPOCH);
    MaintainerInvitation i = new MaintainerInvitation(r, bob, ana, Instant.EPOCH);
    i.answer(true, Instant.EPOCH);
    assertTrue(r.isMaintainer(bob));
    assertEquals(InvitationStatus.ACCEPTED, i.getStatus());
    assertThrows(IllegalStateException.class, () -> i.answer(false, Instant.EPOCH));
    MaintainerInvitation j = new MaintainerInvitation(r, cleo, ana, Instant.EPOCH);
    j.answer(false, Instant.EPOCH);
    assertFalse(r.isMaintainer(cleo));
  }

  @Test
  void collectionsNeedANameAndArePrivateUnlessShared() {
    assertEquals(
        Optional.of("library.collection.nameRequired"), ResourceCollection.problem(" ", null));
    assertEquals(
        Optional.of("library.collection.tooLong"),
        ResourceCollection.problem("x".repeat(151), null));
    ResourceCollection c = new ResourceCollection(ana, Instant.EPOCH);
    c.describe("  Atelier seniors  ", " ", false);
    assertEquals("Atelier seniors", c.getName());
    assertEquals(null, c.getDescription());
    assertTrue(c.visibleTo(ana));
    assertFalse(c.visibleTo(bob));
    c.describe("Atelier seniors", "Pour le jeudi", true);
    assertTrue(c.visibleTo(bob));
  }
}
