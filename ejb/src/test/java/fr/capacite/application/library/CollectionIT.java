package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Collections are private until shared, changed by their owner only, and never duplicate. */
@ExtendWith(ArquillianExtension.class)
class CollectionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private CollectionService collections;
  @EJB private LibraryService library;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  @Test
  void privateUntilSharedAndOwnedByOne() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    String slug =
        asMediator.call(() -> library.create(LibraryIT.form("À collectionner", "Texte.", "")));
    asMediator.call(() -> library.submit(slug));
    assertEquals(
        "library.collection.nameRequired",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.call(() -> collections.create(" ", null, false)))
            .getMessageKey());
    long id = asMediator.call(() -> collections.create("Atelier du jeudi", "Seniors", false));
    asMediator.run(() -> collections.add(id, slug));
    asMediator.run(() -> collections.add(id, slug));
    assertEquals(1, asMediator.call(() -> collections.get(id)).items(), "once");
    assertThrows(ObjectNotFoundException.class, () -> asManager.call(() -> collections.get(id)));
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> collections.add(id, slug)));
    assertFalse(
        asManager.call(() -> collections.shared(0, 100)).items().stream()
            .anyMatch(c -> c.id() == id));

    var row = asMediator.call(() -> collections.get(id));
    asMediator.call(
        () -> collections.update(id, row.entityVersion(), "Atelier du jeudi", "Seniors", true));
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asMediator.call(
                () -> collections.update(id, row.entityVersion(), "Autre", null, true)));
    assertTrue(
        asManager.call(() -> collections.shared(0, 100)).items().stream()
            .anyMatch(c -> c.id() == id && c.owner().equals("it-mediator")));
    assertEquals(slug, asManager.call(() -> collections.items(id, 0, 10)).items().get(0).slug());
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.run(() -> collections.remove(id, slug)));

    asMediator.run(() -> collections.remove(id, slug));
    assertEquals(0, asMediator.call(() -> collections.get(id)).items());
    asMediator.run(() -> collections.delete(id));
    assertThrows(ObjectNotFoundException.class, () -> asMediator.call(() -> collections.get(id)));
  }
}
