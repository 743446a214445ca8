package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pix imports: bad rows reported by line and field, good ones stored, re-imports correcting. */
@ExtendWith(ArquillianExtension.class)
class PixImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private PixImportService pix;
  @EJB private PlanService plans;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLearnerImportsTheirResultsAndBadRowsAreNamed() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String file =
        "competence;niveau;date\n"
            + "1.1;4;12/03/2026\n"
            + "9.9;3;12/03/2026\n"
            + "2.1;11;2026-03-12\n"
            + "3.1;2;demain\n"
            + "4.1;3;2026-03-12\n";
    var report = asMediator.call(() -> pix.importMine(csv(file), "pix.csv"));
    assertEquals(2, report.imported() + report.updated());
    assertEquals(
        List.of("3/competence", "4/level", "5/date"),
        report.problems().stream().map(p -> p.line() + "/" + p.field()).toList());

    var again =
        asMediator.call(
            () -> pix.importMine(csv("competence,level,date\n1.1,5,2026-03-12\n"), "p.csv"));
    assertEquals(1, again.updated());
    var level =
        asMediator.call(() -> plans.myPlan()).pix().stream()
            .filter(x -> x.code().equals("1.1"))
            .findFirst()
            .orElseThrow();
    assertEquals(5, level.level());
    assertEquals("ADVANCED", level.band());
  }

  @Test
  void aFileWithoutTheColumnsOrTooLargeIsRefusedWhole() {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    assertEquals(
        "path.pix.missingColumn",
        assertThrows(
                InvalidInputException.class,
                () -> asMediator.run(() -> pix.importMine(csv("a;b\n1;2\n"), "x.csv")))
            .getMessageKey());
    byte[] big = new byte[PixImportService.MAX_BYTES + 10];
    assertEquals(
        "path.pix.tooLarge",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.run(() -> pix.importMine(new ByteArrayInputStream(big), "big.csv")))
            .getMessageKey());
  }

  @Test
  void anOrganisationImportsForItsOwnLearnersOnly() throws Exception {
    long mine = data.cohortAround(FrenchTime.today());
    long foreign = data.cohortWithoutManager(5, "CCP1");
    List<String> people = data.learners(ReferentialTestData.unique("px"), 2);
    asManager.call(() -> cohorts.enrol(mine, people.get(0), 105, null, null));
    data.acceptPlace(mine, people.get(0));
    String file =
        "apprenant;competence;niveau;date\n"
            + people.get(0)
            + ";4.2;3;2026-01-15\n"
            + people.get(1)
            + ";4.2;3;2026-01-15\n";
    assertTrue(foreign > 0);
    var report = asManager.call(() -> pix.importForLearners(csv(file), "org.csv"));
    assertEquals(1, report.imported());
    assertEquals(1, report.problems().size());
    assertEquals("path.pix.problem.learnerUnknown", report.problems().get(0).key());
    assertEquals(3, report.problems().get(0).line());
  }
}
