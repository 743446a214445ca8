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

  @Test
  void administratorsWritePathTemplatesPartlyOrdered() throws Exception {
    String m1 = ReferentialTestData.unique("A").toUpperCase();
    String m2 = ReferentialTestData.unique("B").toUpperCase();
    asAdmin.call(() -> catalogue.saveModule(form(m1, ModuleKind.THEMATIC, 7), 0));
    asAdmin.call(() -> catalogue.saveModule(form(m2, ModuleKind.THEMATIC, 14), 0));
    String code = ReferentialTestData.unique("T").toUpperCase();
    var steps =
        java.util.List.of(new TemplateForm.StepForm(m1, 1), new TemplateForm.StepForm(m2, 1));
    assertEquals(
        "path.template.versionRequired",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.run(
                        () ->
                            catalogue.saveTemplate(
                                new TemplateForm(
                                    code,
                                    "Titre",
                                    null,
                                    fr.capacite.domain.path.PathKind.TITLE,
                                    null,
                                    0,
                                    0,
                                    steps),
                                0)))
            .getMessageKey());
    TemplateView created =
        asAdmin.call(
            () ->
                catalogue.saveTemplate(
                    new TemplateForm(
                        code,
                        "Passerelle",
                        "Vers l'accès aux droits",
                        fr.capacite.domain.path.PathKind.CAREER,
                        null,
                        0,
                        0,
                        steps),
                    0));
    assertEquals(21, created.totalHours());
    TemplateView ordered =
        asAdmin.call(
            () ->
                catalogue.saveTemplate(
                    new TemplateForm(
                        code,
                        "Passerelle",
                        null,
                        fr.capacite.domain.path.PathKind.CAREER,
                        null,
                        0,
                        0,
                        java.util.List.of(
                            new TemplateForm.StepForm(m2, 1), new TemplateForm.StepForm(m1, 2))),
                    created.entityVersion()));
    assertEquals(
        java.util.List.of(m2, m1),
        ordered.steps().stream().map(TemplateView.Step::moduleCode).toList());
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asAdmin.run(
                () ->
                    catalogue.saveTemplate(
                        new TemplateForm(
                            code,
                            "Périmé",
                            null,
                            fr.capacite.domain.path.PathKind.CAREER,
                            null,
                            0,
                            0,
                            steps),
                        created.entityVersion())));
    assertEquals(
        "path.template.duplicateModule",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.run(
                        () ->
                            catalogue.saveTemplate(
                                new TemplateForm(
                                    code,
                                    "Double",
                                    null,
                                    fr.capacite.domain.path.PathKind.CAREER,
                                    null,
                                    0,
                                    0,
                                    java.util.List.of(
                                        new TemplateForm.StepForm(m1, 1),
                                        new TemplateForm.StepForm(m1, 2))),
                                ordered.entityVersion())))
            .getMessageKey());
  }
}
