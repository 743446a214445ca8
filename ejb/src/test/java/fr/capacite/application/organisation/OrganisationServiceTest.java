package fr.capacite.application.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OrganisationServiceTest {

  @Test
  void anAccessibleSiteIsExportedWithMotorDisabilitySupport() {
    assertEquals("Handicaps moteurs", OrganisationService.withMotorSupport(null, true));
    assertEquals(
        "Surdité|Handicaps moteurs", OrganisationService.withMotorSupport("Surdité", true));
    assertEquals(
        "Handicaps moteurs|Surdité",
        OrganisationService.withMotorSupport("Handicaps moteurs|Surdité", true));
    assertEquals("Surdité", OrganisationService.withMotorSupport("Surdité", false));
    assertNull(OrganisationService.withMotorSupport(null, false));
  }
}
