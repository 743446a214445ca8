package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ResourceFormat;
import fr.capacite.domain.library.ResourceLevel;
import fr.capacite.domain.library.ResourceState;
import fr.capacite.domain.library.ResourceType;
import fr.capacite.domain.library.Theme;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.LibraryTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Resources against the database: revisions are never rewritten (saves and reverts add new ones),
 * and two saves at the same time never lose work: one wins, the other is told.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private ResourcePages pages;
  @EJB private LibraryTestData stored;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  static ResourceForm form(String title, String text, String why) {
    return new ResourceForm(
        title,
        "Un atelier d'une heure pour repérer les messages frauduleux.",
        Set.of(Theme.CYBER),
        ResourceType.RESSOURCE_PEDAGOGIQUE,
        Set.of(Audience.SENIORS),
        Set.of(ResourceFormat.ATELIER_COLLECTIF),
        60,
        ResourceLevel.DEBUTANT,
        null,
        List.of(BlockContent.section("Déroulé"), BlockContent.text(text)),
        Set.of(),
        Set.of("4.1"),
        why);
  }

  /**
   * A resource whose content is the given blocks (files, images), its metadata as {@link #form}.
   */
  static ResourceForm withBlocks(String title, List<BlockContent> blocks) {
    ResourceForm base = form(title, "Texte.", "");
    return new ResourceForm(
        base.title(),
        base.summary(),
        base.themes(),
        base.type(),
        base.audiences(),
        base.formats(),
        base.durationMinutes(),
        base.level(),
        null,
        blocks,
        null,
        null,
        "");
  }

  @Test
  void savesAndRevertsAddRevisionsAndNeverRewriteOne() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    String slug =
        asMediator.call(
            () ->
                library.create(
                    form("Repérer un SMS frauduleux", "Montrer trois faux SMS.", "Création")));
    assertTrue(slug.startsWith("reperer-un-sms-frauduleux"), slug);
    var second =
        asMediator.call(
            () ->
                library.save(
                    slug,
                    1,
                    form(
                        "Repérer un SMS frauduleux",
                        "Montrer cinq faux SMS et un vrai.",
                        "Plus d'exemples")));
    assertEquals(2, second.revision());
    var reverted = asMediator.call(() -> library.revert(slug, 1, 2));
    assertEquals(3, reverted.revision());
    assertEquals("Repérer un SMS frauduleux", stored.storedTitle(slug, 1));
    var history = asMediator.call(() -> reader.history(slug, 0, 10));
    assertEquals(
        List.of(3, 2, 1), history.items().stream().map(LibraryViews.RevisionRow::number).toList());
    assertEquals(1, history.items().get(0).revertedFrom());
    var diff = asMediator.call(() -> reader.diff(slug, 1, 2));
    assertTrue(
        diff.blocks().stream().anyMatch(b -> b.change() == RevisionDiff.Change.CHANGED),
        diff.blocks().toString());
    assertEquals(
        "Montrer trois faux SMS.",
        asMediator.call(() -> reader.revisionContent(slug, 3)).get(1).body(),
        "the revert restored revision 1's text");

    // a draft is the maintainers' (and curators') until submitted
    assertThrows(ObjectNotFoundException.class, () -> asManager.run(() -> reader.read(slug, null)));
    asMediator.call(() -> library.submit(slug));
    assertEquals(ResourceState.SUBMITTED, asManager.call(() -> reader.read(slug, null)).state());
    assertEquals(
        "library.notMaintainer",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.run(() -> library.save(slug, 3, form("Détourné", "x", "y"))))
            .getMessageKey());
  }

  @Test
  void badContentIsRefusedAndNothingIsStored() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug =
        asMediator.call(() -> library.create(form("Atelier mots de passe", "Texte.", "Création")));
    ResourceForm scriptLink =
        new ResourceForm(
            "Atelier mots de passe",
            "Résumé",
            Set.of(Theme.CYBER),
            ResourceType.ARTICLE,
            Set.of(Audience.SENIORS),
            Set.of(ResourceFormat.FICHE),
            null,
            ResourceLevel.DEBUTANT,
            null,
            List.of(BlockContent.link("Cliquez", "javascript:alert(1)", null)),
            Set.of(),
            Set.of(),
            "piège");
    assertEquals(
        "library.block.url",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> library.save(slug, 1, scriptLink)))
            .getMessageKey());
    assertEquals(1, asMediator.call(() -> reader.read(slug, null)).latest(), "nothing stored");
  }

  @Test
  void twoSavesAtTheSameTimeLoseNothing() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug =
        asMediator.call(() -> library.create(form("Atelier courriels", "Version 1.", "Création")));
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Object>> saves = new ArrayList<>();
    for (String text : List.of("Version d'Ana.", "Version de Bob.")) {
      saves.add(
          executor.submit(
              () -> {
                together.await(10, TimeUnit.SECONDS);
                return asMediator.call(
                    () -> library.save(slug, 1, form("Atelier courriels", text, text)));
              }));
    }
    int saved = 0;
    int conflicts = 0;
    for (Future<Object> f : saves) {
      try {
        f.get(60, TimeUnit.SECONDS);
        saved++;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof EditConflictException)) {
          cause = cause.getCause();
        }
        assertTrue(cause instanceof EditConflictException, e.toString());
        conflicts++;
      }
    }
    assertEquals(1, saved);
    assertEquals(1, conflicts, "the second editor is told, not overwritten");
    assertEquals(2, asMediator.call(() -> reader.read(slug, null)).latest());
  }

  @Test
  void thePageGathersItsPartsInOneCallAndCountsOneView() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug =
        asMediator.call(() -> library.create(form("Atelier page", "Version 1.", "Création")));
    long before = asMediator.call(() -> reader.read(slug, null)).views();
    ResourcePages.Page page = asMediator.call(() -> pages.page(slug, null));
    assertEquals(slug, page.resource().slug());
    assertEquals(before + 1, page.resource().views(), "the reader's own view counted");
    assertTrue(
        page.parts().maintainers().stream().anyMatch(m -> m.username().equals("it-mediator")));
    assertTrue(page.parts().openProposals().isEmpty());
    assertEquals(null, page.parts().invitation());
    assertEquals(
        before + 2,
        asMediator.call(() -> reader.read(slug, null)).views(),
        "the page counted one view");
    assertThrows(ObjectNotFoundException.class, () -> asMediator.call(() -> pages.page(slug, 9)));
    assertThrows(
        ObjectNotFoundException.class, () -> asMediator.call(() -> pages.page("nulle-part", null)));
  }

  @Test
  void concurrentReadersAndAnEditNeverFailAndEveryViewCounts() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String slug =
        asMediator.call(() -> library.create(form("Atelier lecture", "Version 1.", "Création")));
    long before = asMediator.call(() -> reader.read(slug, null)).views() + 1;
    int readers = 8;
    CyclicBarrier together = new CyclicBarrier(readers + 1);
    List<Future<Object>> tasks = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      int reader = i;
      tasks.add(
          executor.submit(
              () -> {
                together.await(10, TimeUnit.SECONDS);
                // Half through the page (its parts in one transaction), half through the reader.
                return reader % 2 == 0
                    ? asMediator.call(() -> pages.page(slug, null))
                    : asMediator.call(() -> this.reader.read(slug, null));
              }));
    }
    // A maintainer saves while they read: the save is not refused because of the reads.
    tasks.add(
        executor.submit(
            () -> {
              together.await(10, TimeUnit.SECONDS);
              return asMediator.call(
                  () -> library.save(slug, 1, form("Atelier lecture", "Version 2.", "Suite")));
            }));
    for (Future<Object> f : tasks) {
      f.get(60, TimeUnit.SECONDS);
    }
    var after = asMediator.call(() -> reader.read(slug, null));
    assertEquals(before + readers, after.views(), "every read counted once");
    assertEquals(2, after.latest());
  }

  @Resource(lookup = "jdbc/capacite")
  private javax.sql.DataSource dataSource;

  @Test
  void addressesSpellLigaturesAndFormerAddressesStillLead() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String tag = Long.toString(System.nanoTime(), 36);
    String slug =
        asMediator.call(
            () -> library.create(form("Mettre en œuvre un atelier " + tag, "Texte.", "")));
    assertEquals("mettre-en-oeuvre-un-atelier-" + tag, slug);

    // A resource created before the rule: its address had lost the ligature.
    String old = "mettre-en-uvre-un-atelier-" + tag;
    try (var c = dataSource.getConnection();
        var ps = c.prepareStatement("UPDATE learning_resource SET slug = ? WHERE slug = ?")) {
      ps.setString(1, old);
      ps.setString(2, slug);
      assertEquals(1, ps.executeUpdate());
    }
    try (var c = dataSource.getConnection()) {
      new fr.capacite.infrastructure.persistence.SlugLigaturesMigration()
          .migrate(
              new org.flywaydb.core.api.migration.Context() {
                @Override
                public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                  return null;
                }

                @Override
                public java.sql.Connection getConnection() {
                  return c;
                }
              });
    }
    assertEquals(slug, asMediator.call(() -> reader.read(slug, null)).slug());
    assertEquals(
        slug,
        asMediator.call(() -> reader.read(old, null)).slug(),
        "the former address leads to the corrected one");
  }
}
