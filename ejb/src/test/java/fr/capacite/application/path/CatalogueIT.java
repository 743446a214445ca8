package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue: administrators keep modules under the 7–14 h and version rules. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private CatalogueService catalogue;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;

  private static ModuleForm form(String code, ModuleKind kind, int hours) {
    return new ModuleForm(
        code,
        "Numérique responsable",
        null,
        kind,
        hours,
        null,
        Set.of(),
        Set.of(),
        Set.of("4.3"),
        true);
  }

  @Test
  void administratorsKeepModulesAndStaleEditsAreRefused() throws Exception {
    String code = ReferentialTestData.unique("NR").toUpperCase();
    assertEquals(
        "path.module.thematicHours",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.run(() -> catalogue.saveModule(form(code, ModuleKind.THEMATIC, 20), 0)))
            .getMessageKey());
    assertEquals(
        "path.module.blockRequired",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.run(
                        () -> catalogue.saveModule(form(code, ModuleKind.CERTIFYING, 70), 0)))
            .getMessageKey());
    assertTrue(
        asAdmin.call(() -> catalogue.findModule(code)).isEmpty(),
        "nothing stored by refused saves");

    ModuleView created =
        asAdmin.call(() -> catalogue.saveModule(form(code, ModuleKind.THEMATIC, 7), 0));
    assertEquals(Set.of("4.3"), created.pixCodes());
    ModuleView changed =
        asAdmin.call(
            () ->
                catalogue.saveModule(form(code, ModuleKind.THEMATIC, 14), created.entityVersion()));
    assertEquals(14, changed.hours());
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asAdmin.run(
                () ->
                    catalogue.saveModule(
                        form(code, ModuleKind.THEMATIC, 7), created.entityVersion())));
    assertEquals(14, asMediator.call(() -> catalogue.getModule(code)).hours());
    assertTrue(
        asMediator.call(() -> catalogue.listModules(ModuleKind.THEMATIC, 0, 200)).total() >= 1);
  }

  @Test
  void mediatorsReadTheCatalogueButCannotChangeIt() throws Exception {
    String code = ReferentialTestData.unique("X").toUpperCase();
    assertThrows(
        EJBAccessException.class,
        () -> asMediator.run(() -> catalogue.saveModule(form(code, ModuleKind.THEMATIC, 7), 0)));
    assertTrue(asMediator.call(() -> catalogue.findModule(code)).isEmpty());
  }
}
