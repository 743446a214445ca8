package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index follows the database: a submitted resource is found at once, a draft never. */
@ExtendWith(ArquillianExtension.class)
class LibrarySearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibrarySearch search;
  @EJB private LibraryReader reader;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsAdmin asAdmin;
  @EJB private LibraryIndex index;
  @EJB private fr.capacite.testing.NativeSql sql;
  @EJB private ResourcePages pages;
  @EJB private LibraryFeedback feedbacks;

  @Test
  void aSubmittedResourceIsFoundAndADraftIsNot() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug =
        asMediator.call(
            () ->
                library.create(
                    LibraryIT.form(
                        "Atelier zorglubiens numériques", "Les zorglubiens.", "Création")));
    assertEquals(
        0,
        asMediator
            .call(() -> search.search("zorglubien", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10))
            .results()
            .total(),
        "a draft is not public");
    asMediator.call(() -> library.submit(slug));
    var found =
        asMediator.call(
            () -> search.search("zorglubiens", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10));
    assertEquals(1, found.results().total());
    assertEquals(slug, found.results().items().get(0).slug());
    assertTrue(found.facets().get("theme").stream().anyMatch(c -> c.value().equals("CYBER")));
    var filtered =
        asMediator.call(
            () ->
                search.search(
                    "zorglubiens",
                    Map.of("label", Set.of("VERIFIED")),
                    SearchIndex.Order.QUALITY,
                    0,
                    10));
    assertEquals(0, filtered.results().total(), "not verified yet");
    assertEquals(
        "library.search.tooLong",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> search.search("x".repeat(201), Map.of(), null, 0, 10)))
            .getMessageKey());
    assertTrue(asAdmin.call(() -> search.progress()).length == 3);
  }

  /**
   * Another server shares the database: what it changes reaches this server's index through the
   * change log (outbox) within a poll, and this server's own lines are not applied twice.
   */
  @Test
  void aChangeMadeOnAnotherServerReachesThisServersIndexThroughTheLog() throws Exception {
    String slug = submitted("Atelier brouzoufs solidaires", "Les brouzoufs.");
    assertTrue(
        sql.count(
                "SELECT COUNT(*) FROM search_outbox WHERE slug = '"
                    + slug
                    + "' AND origin = '"
                    + fr.capacite.application.shared.JobLeases.HOLDER
                    + "'")
            >= 1,
        "the change is logged with the transaction that made it");
    assertEquals(1, found("brouzoufs"));

    // Another server withdraws it (straight in the database, as its transaction would) and logs it.
    sql.update(
        "UPDATE learning_resource SET state = 'DRAFT', stable_revision = NULL WHERE slug = '"
            + slug
            + "'");
    sql.update(
        "INSERT INTO search_outbox (slug, origin, changed_at) VALUES ('"
            + slug
            + "', 'another-server', CURRENT_TIMESTAMP)");
    // The poll runs every second; run it now rather than wait.
    index.followOtherServers();
    assertEquals(0, found("brouzoufs"), "the poll applied the other server's change");
  }

  /** A rebuild reads the database again (the truth), batch after batch, and reports progress. */
  @Test
  void aRebuildReadsTheLibraryAgainFromTheDatabase() throws Exception {
    String slug = submitted("Atelier gloubiboulgas", "Les gloubiboulgas.");
    assertEquals(1, found("gloubiboulgas"));
    // Withdrawn behind the index's back (no change log): only a rebuild can know.
    sql.update(
        "UPDATE learning_resource SET state = 'DRAFT', stable_revision = NULL WHERE slug = '"
            + slug
            + "'");
    assertEquals(1, found("gloubiboulgas"), "the index does not know yet");
    assertTrue(index.startRebuild());
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (index.isRebuilding() && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertFalse(index.isRebuilding(), "rebuilt within two minutes");
    assertEquals(index.getTotal(), index.getDone(), "every visible resource indexed");
    assertTrue(index.getDone() > 0);
    assertEquals(0, found("gloubiboulgas"), "the rebuild read the database");
  }

  /** Without an account, the published resources alone; with one, every visible resource. */
  @Test
  void readersWithoutAnAccountFindOnlyPublishedResources() throws Exception {
    String waiting = submitted("Atelier schtroumpfs en relecture", "Les schtroumpfs.");
    String published = submitted("Atelier schtroumpfs publiés", "Les schtroumpfs publiés.");
    // Published by the review on another server (as its transaction would), then logged.
    sql.update(
        "UPDATE learning_resource SET state = 'PUBLISHED', stable_revision = latest_revision"
            + " WHERE slug = '"
            + published
            + "'");
    sql.update(
        "INSERT INTO search_outbox (slug, origin, changed_at) VALUES ('"
            + published
            + "', 'another-server', CURRENT_TIMESTAMP)");
    index.followOtherServers();
    assertEquals(2, found("schtroumpfs"), "an account finds both");
    // No run-as: the caller has no account.
    var anyone = search.search("schtroumpfs", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10);
    assertEquals(1, anyone.results().total());
    assertEquals(published, anyone.results().items().get(0).slug());
    assertEquals(
        fr.capacite.domain.library.ResourceState.PUBLISHED,
        anyone.results().items().get(0).state());
    assertTrue(
        anyone.results().items().stream().noneMatch(r -> r.slug().equals(waiting)),
        "a resource in review is not public");
    assertTrue(
        anyone.facets().get("theme").stream()
            .anyMatch(c -> c.value().equals("CYBER") && c.count() == 1),
        anyone.facets().toString());
    // Reading: the published resource at its reviewed revision; nothing else exists for them.
    assertEquals("Atelier schtroumpfs publiés", reader.read(published, null).metadata().title());
    assertEquals(1, reader.read(published, 1).revision());
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> reader.read(waiting, null),
        "a resource in review is not public");
    assertEquals(
        "Atelier schtroumpfs en relecture",
        asMediator.call(() -> reader.read(waiting, null)).metadata().title(),
        "an account reads it");
  }

  /**
   * A visitor's resource page: the published resource at its reviewed revision, the figures of what
   * readers said without their names or words, the maintainers' names without their accounts;
   * another revision does not exist; the sitemap lists published resources alone.
   */
  @Test
  void aVisitorReadsThePublicPageOfAPublishedResourceAndTheSitemapListsIt() throws Exception {
    String waiting = submitted("Atelier gribouilles en relecture", "Les gribouilles.");
    String published = submitted("Atelier gribouilles publiées", "Les gribouilles publiées.");
    asMediator.call(() -> feedbacks.rate(published, 4, "Testée en atelier mardi."));
    sql.update(
        "UPDATE learning_resource SET state = 'PUBLISHED', stable_revision = latest_revision"
            + " WHERE slug = '"
            + published
            + "'");
    // No run-as: the caller has no account.
    ResourcePages.Page page = pages.page(published, null);
    assertEquals("Atelier gribouilles publiées", page.resource().metadata().title());
    assertEquals(1, page.parts().feedback().ratings());
    assertEquals(4.0, page.parts().feedback().average());
    assertTrue(page.parts().feedback().latestRatings().isEmpty(), "no member's name or words");
    assertEquals(null, page.parts().feedback().myScore());
    assertTrue(page.parts().openProposals().isEmpty());
    assertTrue(page.parts().myCollections().isEmpty());
    assertFalse(page.parts().maintainers().isEmpty());
    assertTrue(
        page.parts().maintainers().stream().allMatch(m -> m.username() == null && m.name() != null),
        "names without accounts");
    assertTrue(page.parts().reviews().stream().allMatch(v -> v.status().isFinished()));
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> pages.page(published, 2),
        "no other revision");
    assertThrows(
        fr.capacite.application.shared.ObjectNotFoundException.class,
        () -> pages.page(waiting, null),
        "a resource in review has no public page");
    // A member still sees the names and words.
    var asMember = asMediator.call(() -> pages.page(published, null));
    assertEquals(
        "Testée en atelier mardi.", asMember.parts().feedback().latestRatings().get(0).comment());
    assertTrue(asMember.parts().maintainers().stream().allMatch(m -> m.username() != null));

    // The sitemap's list: published resources, each with its reviewed revision's date.
    var all = reader.published(0, LibraryReader.SITEMAP_PAGE_MAX);
    assertEquals(all.total(), all.items().size());
    assertTrue(
        all.items().stream().anyMatch(a -> a.slug().equals(published) && a.updated() != null));
    assertTrue(all.items().stream().noneMatch(a -> a.slug().equals(waiting)));
    assertEquals(1, reader.published(0, 1).items().size());
    assertEquals(LibraryReader.SITEMAP_PAGE_MAX, reader.published(0, 1_000_000).size());
  }

  /** A resource a mediator created and submitted (visible, so indexed); its address. */
  private String submitted(String title, String text) throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug = asMediator.call(() -> library.create(LibraryIT.form(title, text, "Création")));
    asMediator.call(() -> library.submit(slug));
    return slug;
  }

  private long found(String word) throws Exception {
    return asMediator
        .call(() -> search.search(word, Map.of(), SearchIndex.Order.RELEVANCE, 0, 10))
        .results()
        .total();
  }
}
