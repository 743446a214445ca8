package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsManager;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation's public results, read without an account: each figure with its period and its
 * learners, shown from five learners and withheld below.
 */
@ExtendWith(ArquillianExtension.class)
class PublicResultsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private PublicResults results;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;

  private long organisationWith(int learners) throws Exception {
    long cohortId = data.cohortAround(TODAY.minusDays(31));
    List<String> names = data.learners(ReferentialTestData.unique("pub"), learners);
    for (String n : names) {
      asManager.call(() -> cohorts.enrol(cohortId, n, 105, null, null));
    }
    return asManager.call(() -> cohorts.getCohort(cohortId)).organisationId();
  }

  @Test
  void fiveLearnersShowTheirFiguresFewerWithholdThemAndAnyoneReadsThem() throws Exception {
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    long six = organisationWith(6);
    long three = organisationWith(3);

    // No run-as: anyone.
    PublicResults.OrganisationResults shown = results.of(six);
    assertEquals(6, shown.learners());
    assertTrue(shown.dropOut().shown());
    assertEquals(0.0, shown.dropOut().value());
    assertEquals(6, shown.dropOut().learners());
    assertEquals(TODAY.minusYears(1).plusDays(1), shown.dropOut().from());
    assertEquals(TODAY, shown.dropOut().to());
    assertFalse(shown.hot().shown(), "no answer yet");
    assertEquals(0, shown.hot().learners());
    assertFalse(shown.attendance().shown(), "no certified sheet: no rate");

    PublicResults.OrganisationResults withheld = results.of(three);
    assertEquals(3, withheld.learners());
    assertFalse(withheld.dropOut().shown());
    assertNull(withheld.dropOut().value(), "fewer than five: withheld");
    assertEquals(3, withheld.dropOut().learners());

    assertThrows(ObjectNotFoundException.class, () -> results.of(-42));
  }
}
