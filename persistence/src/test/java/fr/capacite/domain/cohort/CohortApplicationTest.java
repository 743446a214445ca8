package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An application states a motivation, a funding the offer lists and, for CCP2/CCP3, CCP1 (R11). */
class CohortApplicationTest {

  private final TrainingOrganisation organisation =
      new TrainingOrganisation("Les Ateliers", "82314567800012");
  private final CertificationVersion mn = new Certification("TP", "Titre").addVersion("MN", "MN");
  private final Block ccp1 = mn.addBlock("CCP1", "A", BlockKind.CCP);
  private final Block ccp2 = mn.addBlock("CCP2", "B", BlockKind.CCP);
  private final User learner = new User("yanis", "yanis@exemple.fr", "Yanis", "hash");
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private Cohort cohort(Block... blocks) {
    Cohort c = new Cohort(organisation, new Programme("P", "Programme", Set.of(175), 0), mn, "C");
    c.plan(
        "Session", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), 12, Modality.REMOTE, null);
    c.target(Set.of(blocks));
    c.offer(true, null, Set.of(Funding.CPF, Funding.OPCO), null, LocalDate.of(2026, 12, 7));
    return c;
  }

  @Test
  void anApplicationNeedsAMotivationAnOfferedFundingAndCcp1ForCcp2Alone() {
    Cohort full = cohort(ccp1, ccp2);
    assertEquals(
        "motivation required",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CohortApplication(full, learner, "  ", Funding.CPF, null, NOW))
            .getMessage());
    assertEquals(
        "funding not offered",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CohortApplication(full, learner, "Projet", Funding.REGION, null, NOW))
            .getMessage());
    new CohortApplication(full, learner, "Projet", null, null, NOW);
    Cohort second = cohort(ccp2);
    assertEquals(
        "ccp1 required",
        assertThrows(
                IllegalArgumentException.class,
                () -> new CohortApplication(second, learner, "Projet", Funding.CPF, " ", NOW))
            .getMessage());
    CohortApplication ok =
        new CohortApplication(
            second, learner, " Projet ", Funding.CPF, "CCP1, jury du 12/10/2026", NOW);
    assertEquals("Projet", ok.getMotivation());
    assertEquals(ApplicationStatus.PENDING, ok.getStatus());
  }

  @Test
  void anApplicationIsAnsweredOnceAndARefusalSaysWhy() {
    CohortApplication a = new CohortApplication(cohort(ccp1), learner, "Projet", null, null, NOW);
    assertThrows(IllegalArgumentException.class, () -> a.refuse("gestion", " ", NOW));
    a.refuse("gestion", "Session complète pour les financements CPF.", NOW);
    assertEquals(ApplicationStatus.REFUSED, a.getStatus());
    assertEquals("gestion", a.getDecidedBy());
    assertThrows(IllegalStateException.class, () -> a.accept("gestion", NOW));
    assertThrows(IllegalStateException.class, () -> a.withdraw(NOW));
    CohortApplication b = new CohortApplication(cohort(ccp1), learner, "Projet", null, null, NOW);
    b.withdraw(NOW);
    assertEquals(ApplicationStatus.WITHDRAWN, b.getStatus());
    assertEquals("yanis", b.getDecidedBy());
  }
}
