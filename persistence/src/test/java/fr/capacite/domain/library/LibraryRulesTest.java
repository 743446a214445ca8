package fr.capacite.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.identity.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Revisions, conflicts, the quality lifecycle, label expiry, blocks and credits. */
class LibraryRulesTest {

  private final User ana = new User("ana", "ana@example.org", "Ana", "h");
  private final User bob = new User("bob", "bob@example.org", "Bob", "h");

  private static ResourceMetadata meta(String title) {
    return new ResourceMetadata(
        title,
        "Un atelier pour repérer les arnaques en ligne.",
        Set.of(Theme.CYBER),
        ResourceType.RESSOURCE_PEDAGOGIQUE,
        Set.of(Audience.SENIORS),
        Set.of(ResourceFormat.ATELIER_COLLECTIF),
        90,
        ResourceLevel.DEBUTANT,
        null);
  }

  private ResourceRevision save(LearningResource r, int basedOn, User who, String title) {
    return r.revise(
        basedOn,
        who,
        Instant.EPOCH,
        "modif",
        meta(title),
        List.of(
            BlockContent.section("Objectifs"),
            BlockContent.text("Savoir **repérer** un faux SMS.")),
        Set.of(),
        Set.of(),
        null,
        null);
  }

  @Test
  void revisionsAreNumberedAndAStaleSaveIsAConflict() {
    LearningResource r = new LearningResource("arnaques", ana, Instant.EPOCH);
    ResourceRevision first = save(r, 0, ana, "Arnaques en ligne");
    assertEquals(1, first.getNumber());
    assertEquals(Licence.CC_BY_SA_4_0, first.metadata().licence(), "CC BY-SA by default");
    assertEquals(2, first.content().size());
    save(r, 1, ana, "Arnaques en ligne : les repérer");
    // Bob had opened revision 1 too: his save does not overwrite Ana's.
    RevisionConflict c =
        assertThrows(RevisionConflict.class, () -> save(r, 1, bob, "Arnaques (Bob)"));
    assertEquals(1, c.getBasedOn());
    assertEquals(2, c.getLatest());
    assertEquals(2, r.getLatestRevision());
  }

  @Test
  void theLifecycleGoesThroughReviewToALabelThatExpires() {
    LearningResource r = new LearningResource("arnaques", ana, Instant.EPOCH);
    save(r, 0, ana, "Arnaques en ligne");
    assertThrows(IllegalStateException.class, () -> r.moveTo(ResourceState.PUBLISHED));
    r.moveTo(ResourceState.SUBMITTED);
    r.moveTo(ResourceState.IN_REVIEW);
    r.moveTo(ResourceState.CHANGES_REQUESTED);
    r.moveTo(ResourceState.SUBMITTED);
    r.moveTo(ResourceState.IN_REVIEW);
    r.label(1, LocalDate.of(2026, 11, 22));
    assertEquals(ResourceState.PUBLISHED, r.getState());
    assertEquals(LocalDate.of(2027, 11, 22), r.getLabelUntil());
    assertFalse(r.labelExpired(LocalDate.of(2027, 11, 22)));
    assertTrue(r.labelExpired(LocalDate.of(2027, 11, 23)));

    // A new edit waits for review; readers keep seeing the reviewed revision.
    save(r, 1, bob, "Arnaques en ligne (v2)");
    assertEquals(ResourceState.DRAFT, r.getState());
    assertEquals(1, r.shownRevision());
    assertTrue(r.hasPendingChanges());
  }

  @Test
  void blocksAreCheckedAndOnlyWebLinksAreAllowed() {
    assertEquals(
        Optional.of("library.block.url"),
        BlockContent.link("x", "javascript:alert(1)", null).problem());
    assertEquals(
        Optional.of("library.block.url"),
        BlockContent.link("x", "data:text/html,hi", null).problem());
    assertEquals(
        Optional.empty(), BlockContent.link("x", "https://www.service-public.fr/", null).problem());
    assertEquals(
        Optional.of("library.block.alt"), BlockContent.image("abc", "a.png", " ").problem());
    assertEquals(Optional.of("library.block.heading"), BlockContent.section("").problem());
    assertEquals(Optional.of("library.block.body"), BlockContent.text(null).problem());
    assertEquals(
        Optional.of("library.block.tooLong"), BlockContent.text("x".repeat(20_001)).problem());
    LearningResource r = new LearningResource("x", ana, Instant.EPOCH);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            r.revise(
                0,
                ana,
                Instant.EPOCH,
                "",
                meta("T"),
                List.of(BlockContent.section(" ")),
                Set.of(),
                Set.of(),
                null,
                null));
    assertEquals(0, r.getLatestRevision(), "nothing written");
  }

  @Test
  void metadataNeedsATitleASummaryAndFacets() {
    assertEquals(Optional.empty(), meta("Titre").problem());
    assertEquals(Optional.of("library.resource.title"), meta(" ").problem());
    ResourceMetadata noTheme =
        new ResourceMetadata(
            "T",
            "S",
            Set.of(),
            ResourceType.ARTICLE,
            Set.of(Audience.SENIORS),
            Set.of(ResourceFormat.FICHE),
            null,
            ResourceLevel.DEBUTANT,
            null);
    assertEquals(Optional.of("library.resource.facets"), noTheme.problem());
  }

  @Test
  void coAuthorsConsentAndTheAuthorAlreadyHas() {
    LearningResource r = new LearningResource("x", ana, Instant.EPOCH);
    assertTrue(r.awaitingConsent().isEmpty(), "the author consents by publishing");
    ResourceCredit bobCredit = r.credit(bob, CreditKind.CO_AUTHOR, Instant.EPOCH);
    assertEquals(List.of(bobCredit), r.awaitingConsent());
    assertTrue(r.credit(bob, CreditKind.CO_AUTHOR, Instant.EPOCH) == bobCredit, "credited once");
    bobCredit.consent(Instant.EPOCH);
    assertTrue(r.awaitingConsent().isEmpty());
    assertTrue(r.isMaintainer(ana));
    assertFalse(r.isMaintainer(bob));
    r.addMaintainer(bob, Instant.EPOCH);
    assertTrue(r.isMaintainer(bob));
  }

  @Test
  void ratingsAverage() {
    LearningResource r = new LearningResource("x", ana, Instant.EPOCH);
    assertEquals(null, r.averageRating());
    r.rated(0, 4);
    r.rated(0, 2);
    r.rated(2, 3);
    assertEquals(3.5, r.averageRating());
    assertEquals(2, r.getRatingCount());
    // The same rule on columns read alone (search results).
    assertEquals(3.5, LearningResource.averageRating(7, 2));
    assertEquals(null, LearningResource.averageRating(0, 0));
  }

  @Test
  void aLabelHoldsUntilItsLastDayIncluded() {
    LocalDate until = LocalDate.of(2026, 12, 31);
    assertTrue(LearningResource.labelled(until, LocalDate.of(2026, 12, 31)));
    assertFalse(LearningResource.labelled(until, LocalDate.of(2027, 1, 1)));
    assertFalse(LearningResource.labelled(null, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void addressesDropAccentsAndSpellLigatures() {
    assertEquals(
        "mettre-en-oeuvre-un-atelier", LearningResource.slugOf("Mettre en œuvre un atelier…"));
    assertEquals("oeuvres-libres-et-ex-aequo", LearningResource.slugOf("Œuvres libres et ex æquo"));
    assertEquals("demarches-en-ligne", LearningResource.slugOf("Démarches en ligne !"));
    assertEquals("ressource", LearningResource.slugOf("…"));
  }
}
