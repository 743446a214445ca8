package fr.capacite.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingOrganisationTest {

  private TrainingOrganisation organisation() {
    return new TrainingOrganisation("Les Ateliers", "82314567800012");
  }

  @Test
  void qualiopiStatusWarnsSixtyDaysAhead() {
    TrainingOrganisation o = organisation();
    assertEquals(QualiopiStatus.NONE, o.qualiopiStatusOn(LocalDate.of(2026, 1, 1)));
    o.certify("Q-1", "Certifier", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
    assertEquals(QualiopiStatus.VALID, o.qualiopiStatusOn(LocalDate.of(2026, 4, 30)));
    assertEquals(QualiopiStatus.EXPIRING, o.qualiopiStatusOn(LocalDate.of(2026, 5, 1)));
    assertEquals(QualiopiStatus.EXPIRING, o.qualiopiStatusOn(LocalDate.of(2026, 6, 30)));
    assertEquals(QualiopiStatus.EXPIRED, o.qualiopiStatusOn(LocalDate.of(2026, 7, 1)));
  }

  @Test
  void invalidSiretNdaAndCertificatePeriodAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new TrainingOrganisation("X", "82314567800013"));
    TrainingOrganisation o = organisation();
    assertThrows(IllegalArgumentException.class, () -> o.changeNda("1234"));
    o.changeNda("117 555 555 75");
    assertEquals("11755555575", o.getNda());
    o.changeNda(" ");
    assertNull(o.getNda());
    assertThrows(
        IllegalArgumentException.class,
        () -> o.certify("Q", "C", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void anApprovalCoversItsVersionSiteAndPeriodOnly() {
    TrainingOrganisation o = organisation();
    TrainingOrganisation other = new TrainingOrganisation("Autre", "90123456700013");
    Site site = new Site(o, "Atelier");
    Site elsewhere = new Site(o, "Ailleurs");
    Certification title = new Certification("TP", "Titre");
    CertificationVersion mn = title.addVersion("MN-2025", "MN");
    CertificationVersion remn = title.addVersion("REMN-2019", "REMN");
    ExamCentreApproval a =
        new ExamCentreApproval(
            o, mn, site, "REF", LocalDate.of(2025, 9, 1), LocalDate.of(2028, 8, 31));
    assertTrue(a.covers(mn, site, LocalDate.of(2025, 9, 1)));
    assertTrue(a.covers(mn, site, LocalDate.of(2028, 8, 31)));
    assertFalse(a.covers(mn, site, LocalDate.of(2028, 9, 1)));
    assertFalse(a.covers(remn, site, LocalDate.of(2026, 1, 1)));
    assertFalse(a.covers(mn, elsewhere, LocalDate.of(2026, 1, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExamCentreApproval(
                other, mn, site, null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ExamCentreApproval(
                o, mn, site, null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)));
  }

  @Test
  void oneReminderGoesOutPerCertificateWithinSixtyDaysOfItsEnd() {
    TrainingOrganisation o = organisation();
    assertFalse(o.qualiopiReminderDue(LocalDate.of(2026, 1, 1)), "no certificate, no reminder");
    o.certify("Q-1", "C", LocalDate.of(2023, 7, 1), LocalDate.of(2026, 6, 30));
    assertFalse(o.qualiopiReminderDue(LocalDate.of(2026, 4, 30)));
    assertTrue(o.qualiopiReminderDue(LocalDate.of(2026, 5, 1)));
    o.qualiopiReminded();
    assertFalse(
        o.qualiopiReminderDue(LocalDate.of(2026, 5, 2)), "already reminded of this end date");
    assertFalse(
        o.qualiopiReminderDue(LocalDate.of(2026, 7, 1)), "expired: the warning shows instead");
    o.certify("Q-2", "C", LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30));
    assertTrue(
        o.qualiopiReminderDue(LocalDate.of(2029, 5, 15)),
        "a renewed certificate gets its own reminder");
  }

  @Test
  void trainerQualificationsKeepTheModulesAndRefuseImpossibleExperience() {
    TrainerProfile p =
        new TrainerProfile(
            new fr.capacite.domain.identity.User("fanny", "f@example.org", "Fanny", "h"));
    p.qualify(TitleHeld.REMN, 6, java.util.List.of(" Cybersécurité ", "", "Parentalité numérique"));
    assertEquals(java.util.List.of("Cybersécurité", "Parentalité numérique"), p.moduleList());
    assertThrows(
        IllegalArgumentException.class, () -> p.qualify(TitleHeld.NONE, -1, java.util.List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> p.qualify(TitleHeld.NONE, 61, java.util.List.of()));
    p.qualify(TitleHeld.MEDIATEUR_NUMERIQUE, 0, java.util.List.of());
    assertTrue(p.moduleList().isEmpty());
  }
}
