package fr.capacite.domain.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificationVersionTest {

  private final Certification title = new Certification("TP", "Titre");

  private CertificationVersion remn() {
    CertificationVersion v = title.addVersion("REMN-2019", "REMN");
    v.setValidity(LocalDate.of(2019, 7, 13), LocalDate.of(2025, 7, 12), true);
    return v;
  }

  @Test
  void statusFollowsTheValidityPeriodAndTheSuccessor() {
    CertificationVersion v = remn();
    Optional<LocalDate> successor = Optional.of(LocalDate.of(2025, 7, 13));
    assertEquals(VersionStatus.UPCOMING, v.statusOn(LocalDate.of(2019, 7, 12), successor));
    assertEquals(VersionStatus.EXTENDED, v.statusOn(LocalDate.of(2024, 1, 1), successor));
    assertEquals(VersionStatus.REPLACED, v.statusOn(LocalDate.of(2025, 7, 13), successor));
    assertEquals(VersionStatus.EXPIRED, v.statusOn(LocalDate.of(2025, 7, 13), Optional.empty()));
  }

  @Test
  void openEndedVersionWithoutExtensionIsActive() {
    CertificationVersion mn = title.addVersion("MN-2025", "Médiateur numérique");
    mn.setValidity(LocalDate.of(2025, 7, 13), null, false);
    assertEquals(VersionStatus.ACTIVE, mn.statusOn(LocalDate.of(2026, 11, 22), Optional.empty()));
    assertTrue(mn.isValidOn(LocalDate.of(2040, 1, 1)));
    assertFalse(mn.isValidOn(LocalDate.of(2025, 7, 12)));
  }

  @Test
  void unknownStartIsNotUpcoming() {
    CertificationVersion cmn = title.addVersion("CMN-2015", "CMN");
    assertEquals(VersionStatus.ACTIVE, cmn.statusOn(LocalDate.of(2026, 1, 1), Optional.empty()));
    assertEquals(
        VersionStatus.REPLACED,
        cmn.statusOn(LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2019, 7, 13))));
  }

  @Test
  void endBeforeStartIsRefused() {
    CertificationVersion v = remn();
    assertThrows(
        IllegalArgumentException.class,
        () -> v.setValidity(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), false));
  }

  @Test
  void aVersionCannotSucceedItself() {
    CertificationVersion v = remn();
    assertThrows(IllegalArgumentException.class, () -> v.setPredecessor(v));
  }

  @Test
  void blocksAndCompetencesAreNumberedInOrder() {
    CertificationVersion v = remn();
    Block ccp1 = v.addBlock("CCP1", "Accompagner", BlockKind.CCP);
    Block ccp2 = v.addBlock("CCP2", null, BlockKind.CCP);
    assertEquals(List.of(1, 2), List.of(ccp1.getOrder(), ccp2.getOrder()));
    Competence c1 = ccp1.addCompetence("Élaborer");
    Competence c2 = ccp1.addCompetence("Concevoir");
    assertEquals(List.of(1, 2), List.of(c1.getOrder(), c2.getOrder()));
    assertEquals(1, c2.addCriterion("Critère").getOrder());
  }

  @Test
  void blocksOfAVersionUsedInAnExamCanOnlyBeRetired() {
    CertificationVersion v = remn();
    Block ccp1 = v.addBlock("CCP1", "Accompagner", BlockKind.CCP);
    assertTrue(ccp1.isDeletable());
    v.markUsedInExam();
    assertFalse(ccp1.isDeletable());
    ccp1.retire();
    assertTrue(ccp1.isRetired());
    ccp1.reinstate();
    assertFalse(ccp1.isRetired());
  }

  @Test
  void anEquivalenceLinksTwoDifferentVersions() {
    CertificationVersion old = remn();
    CertificationVersion mn = title.addVersion("MN-2025", "MN");
    Block a = old.addBlock("CCP1", "A", BlockKind.CCP);
    Block b = old.addBlock("CCP2", "B", BlockKind.CCP);
    Block c = mn.addBlock("CCP1", "C", BlockKind.CCP);
    assertThrows(
        IllegalArgumentException.class, () -> new BlockEquivalence(a, b, EquivalenceKind.TOTAL));
    assertEquals(
        EquivalenceKind.PARTIAL, new BlockEquivalence(a, c, EquivalenceKind.PARTIAL).getKind());
  }

  @Test
  void theVersionInForceComesFirstThenTheNewest() {
    CertificationVersion remn = remn();
    CertificationVersion tp2015 = title.addVersion("TP-2015", "2015");
    tp2015.setValidity(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 7, 12), false);
    remn.setPredecessor(tp2015);
    CertificationVersion mn = title.addVersion("MN-2025", "Médiateur numérique");
    mn.setValidity(LocalDate.of(2025, 7, 13), null, false);
    mn.setPredecessor(remn);
    assertEquals(
        List.of(mn, remn, tp2015),
        CertificationVersion.inForceFirst(List.of(remn, tp2015, mn), LocalDate.of(2026, 12, 6)));
    assertEquals(
        List.of(remn, mn, tp2015),
        CertificationVersion.inForceFirst(List.of(tp2015, mn, remn), LocalDate.of(2024, 1, 1)),
        "before MN 2025 started, REMN was in force");
  }
}
