package fr.capacite.application.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.EquivalenceKind;
import fr.capacite.domain.referential.VersionStatus;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The referential as loaded from reference data, browsed, and edited by administrators. */
@ExtendWith(ArquillianExtension.class)
class ReferentialIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ReferentialService referential;
  @EJB private ReferentialEditService edits;
  @EJB private ReferenceDataLoader loader;
  @EJB private AuditService audit;
  @EJB private ReferentialTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;

  @Test
  void threeVersionsOfTheTitleAreLoadedInLineageOrder() {
    List<String> codes =
        referential.listVersions().stream()
            .filter(v -> v.certificationCode().equals("TP-MEDIATION-NUMERIQUE"))
            .map(VersionSummary::code)
            .toList();
    assertEquals(List.of("CMN-2015", "REMN-2019", "MN-2025"), codes);
  }

  @Test
  void remnIsReplacedByMediateurNumerique() {
    VersionDetail remn = referential.findVersionDetail("REMN-2019").orElseThrow();
    assertEquals(VersionStatus.REPLACED, remn.summary().status());
    assertTrue(remn.summary().extended());
    assertNull(
        remn.summary().rncpCode(), "REMN's RNCP number is not confirmed: it must stay empty");
    VersionDetail mn = referential.findVersionDetail("MN-2025").orElseThrow();
    assertEquals(VersionStatus.ACTIVE, mn.summary().status());
    assertEquals("RNCP40695", mn.summary().rncpCode());
    assertEquals("REMN-2019", mn.summary().predecessorCode());
  }

  @Test
  void remnBlocksCarryOnlyTheKnownCompetences() {
    VersionDetail remn = referential.findVersionDetail("REMN-2019").orElseThrow();
    assertEquals(
        List.of("CCP1", "CCP2", "CCP3"),
        remn.blocks().stream().map(VersionDetail.BlockView::code).toList());
    var ccp1 = remn.blocks().get(0);
    assertEquals(4, ccp1.competences().size());
    assertTrue(
        ccp1.competences()
            .get(0)
            .title()
            .startsWith("Élaborer des programmes d'actions de médiation"));
    assertEquals(0, remn.blocks().get(1).competences().size());
    assertEquals(0, remn.blocks().get(2).competences().size());
    var mnCcp1 = referential.findVersionDetail("MN-2025").orElseThrow().blocks().get(0);
    assertEquals(5, mnCcp1.competences().size());
    assertNull(mnCcp1.title(), "the official title of MN's CCP1 is not known: never invented");
  }

  @Test
  void pixFrameworkHasSixteenCompetencesInFiveDomains() {
    var domains = referential.listPixDomains();
    assertEquals(5, domains.size());
    assertEquals(16, domains.stream().mapToInt(d -> d.getCompetences().size()).sum());
  }

  @Test
  void loadingReferenceDataAgainChangesNothing() {
    assertEquals(0, loader.loadMissing());
  }

  @Test
  void unknownVersionIsNotFound() {
    assertThrows(ObjectNotFoundException.class, () -> referential.getVersionDetail(-1));
    assertTrue(referential.findVersionDetail("NOPE").isEmpty());
  }

  @Test
  void administratorsEditBlocksCompetencesAndCriteria() throws Exception {
    String code = ReferentialTestData.unique("V");
    long versionId = data.version(code, "CCP1");
    long blockId = data.blockId(versionId, "CCP1");
    asAdmin.call(() -> edits.addBlock(versionId, "CCP2", "Second block", BlockKind.CCP));
    var competence = asAdmin.call(() -> edits.addCompetence(blockId, "Accueillir les publics"));
    asAdmin.call(() -> edits.addCriterion(competence.getId(), "L'accueil est adapté"));

    VersionDetail detail = referential.getVersionDetail(versionId);
    assertEquals(
        List.of("CCP1", "CCP2"),
        detail.blocks().stream().map(VersionDetail.BlockView::code).toList());
    var c = detail.blocks().get(0).competences().get(0);
    assertEquals("Accueillir les publics", c.title());
    assertEquals("L'accueil est adapté", c.criteria().get(0).description());

    asAdmin.call(
        () -> {
          edits.updateCompetence(c.id(), c.entityVersion(), "Accueillir tous les publics");
          return null;
        });
    // Same form submitted twice: the second carries a stale version.
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asAdmin.call(
                () -> {
                  edits.updateCompetence(c.id(), c.entityVersion(), "Lost update");
                  return null;
                }));
    assertEquals(
        "Accueillir tous les publics",
        referential.getVersionDetail(versionId).blocks().get(0).competences().get(0).title());
    assertTrue(
        asAdmin
            .call(
                () ->
                    audit.search(
                        new AuditService.Filter(
                            AuditKind.REFERENTIAL_CHANGED, "it-admin", null, null),
                        0,
                        200))
            .items()
            .stream()
            .anyMatch(e -> e.getSubject().equals(code + "/CCP1")));
  }

  @Test
  void blocksOfAVersionUsedInAnExamCanOnlyBeRetired() throws Exception {
    long versionId = data.version(ReferentialTestData.unique("V"), "CCP1", "CCP2");
    long ccp1 = data.blockId(versionId, "CCP1");
    long ccp2 = data.blockId(versionId, "CCP2");
    asAdmin.run(() -> edits.deleteBlock(ccp2));
    data.markUsedInExam(versionId);
    var refused =
        assertThrows(InvalidInputException.class, () -> asAdmin.run(() -> edits.deleteBlock(ccp1)));
    assertEquals("referential.block.inUse", refused.getMessageKey());
    asAdmin.run(() -> edits.retireBlock(ccp1));
    var blocks = referential.getVersionDetail(versionId).blocks();
    assertEquals(1, blocks.size());
    assertTrue(blocks.get(0).retired());
  }

  @Test
  void equivalencesLinkDifferentVersionsWithoutCycles() throws Exception {
    long oldV = data.version(ReferentialTestData.unique("OLD"), "CCP1");
    long newV = data.version(ReferentialTestData.unique("NEW"), "CCP1");
    long from = data.blockId(oldV, "CCP1");
    long to = data.blockId(newV, "CCP1");
    asAdmin.call(() -> edits.addEquivalence(from, to, EquivalenceKind.TOTAL));
    assertEquals(1, referential.getVersionDetail(newV).equivalences().size());
    assertEquals(
        "referential.equivalence.exists",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> edits.addEquivalence(from, to, EquivalenceKind.PARTIAL)))
            .getMessageKey());
    assertEquals(
        "referential.equivalence.cycle",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> edits.addEquivalence(to, from, EquivalenceKind.TOTAL)))
            .getMessageKey());
    assertEquals(
        "referential.equivalence.sameVersion",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> edits.addEquivalence(from, from, EquivalenceKind.TOTAL)))
            .getMessageKey());
  }

  @Test
  void versionFieldsAreValidated() throws Exception {
    long versionId = data.version(ReferentialTestData.unique("V"));
    long entityVersion = referential.getVersionDetail(versionId).entityVersion();
    var bad =
        new ReferentialEditService.VersionFields(
            "Titre", "40695", null, null, null, null, null, false);
    assertEquals(
        "referential.version.badRncp",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> edits.updateVersion(versionId, entityVersion, bad)))
            .getMessageKey());
    var taken =
        new ReferentialEditService.VersionFields(
            "Titre", "RNCP40695", null, null, null, null, null, false);
    assertEquals(
        "referential.version.rncpTaken",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> edits.updateVersion(versionId, entityVersion, taken)))
            .getMessageKey());
  }

  @Test
  void onlyAdministratorsEditTheReferential() {
    assertThrows(EJBAccessException.class, () -> asMediator.run(() -> edits.retireBlock(1L)));
  }
}
