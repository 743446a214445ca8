package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.LibraryTestData;
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

/** A resource travels with all its revisions and competences, and comes back whole. */
@ExtendWith(ArquillianExtension.class)
class ResourceExportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ResourceExport export;
  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private CohortTestData data;
  @EJB private LibraryTestData libraryData;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  @Test
  void exportedThenImportedWithItsWholeHistory() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    long competence = libraryData.competenceId("MN-2025", "CCP1", 2);
    ResourceForm base = LibraryIT.form("À exporter", "Premier texte.", "Création");
    ResourceForm withCompetence =
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
            Set.of(competence),
            Set.of("4.1"),
            "Création");
    String slug = asMediator.call(() -> library.create(withCompetence));
    asMediator.call(
        () -> library.save(slug, 1, LibraryIT.form("À exporter", "Second texte.", "Reprise")));
    asMediator.call(() -> library.submit(slug));

    ResourceExport.Document d = asManager.call(() -> export.export(slug));
    assertEquals(2, d.revisions().size());
    assertEquals(List.of("MN-2025/CCP1/2"), d.revisions().get(0).competences());
    String copy = asManager.call(() -> export.importDocument(d));
    assertNotEquals(slug, copy);
    var history = asManager.call(() -> reader.history(copy, 0, 10));
    assertEquals(2, history.total());
    assertTrue(
        history.items().get(0).changeSummary().startsWith("Import — révision 2 de it-mediator"));
    assertEquals(
        "Second texte.", asManager.call(() -> reader.revisionContent(copy, 2)).get(1).body());
    assertEquals(1, asManager.call(() -> reader.read(copy, 1)).competenceIds().size());

    var forged =
        new ResourceExport.Document(
            1,
            "x",
            List.of(
                new ResourceExport.Revision(
                    1,
                    "x",
                    null,
                    null,
                    d.revisions().get(0).metadata(),
                    d.revisions().get(0).blocks(),
                    List.of("NOPE/CCP9/1"),
                    List.of())));
    assertEquals(
        "library.import.competence",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> export.importDocument(forged)))
            .getMessageKey());
    assertEquals(
        "library.import.format",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () ->
                            export.importDocument(new ResourceExport.Document(1, "x", List.of()))))
            .getMessageKey());
  }
}
