package fr.capacite.application.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.organisation.QualiopiStatus;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.OrganisationTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import fr.capacite.testing.RunAsTrainer;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisations, sites and approvals, with ownership checked on the server. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private OrganisationService organisations;
  @EJB private QualiopiReminders reminders;
  @EJB private fr.capacite.application.shared.NotificationService notifications;
  @EJB private OrganisationTestData data;
  @EJB private ReferentialTestData referential;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsTrainer asTrainer;
  @EJB private RunAsMediator asMediator;

  private static OrganisationForm form(String name, String siret) {
    return new OrganisationForm(
        name,
        siret,
        "11755555575",
        "Q-1",
        "Certifier",
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2020, 1, 1).plusYears(10));
  }

  private static SiteForm site(String name) {
    return new SiteForm(
        name,
        "1 rue de la Paix",
        "75002",
        "Paris",
        true,
        false,
        "Référente",
        "referente@example.org");
  }

  @Test
  void administratorsCreateOrganisationsAndInvalidValuesAreRefused() throws Exception {
    String siret = OrganisationTestData.siret();
    long id = asAdmin.call(() -> organisations.create(form("Organisme A", siret)));
    OrganisationDetail d = asAdmin.call(() -> organisations.getOrganisation(id));
    assertEquals(siret, d.form().siret());
    assertEquals(QualiopiStatus.VALID, d.qualiopi());

    assertEquals(
        "organisation.siret.taken",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> organisations.create(form("Doublon", siret))))
            .getMessageKey());
    assertEquals(
        "organisation.siret.invalid",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> organisations.create(form("Faux", "12345678901234"))))
            .getMessageKey());
    var badNda =
        new OrganisationForm("NDA", OrganisationTestData.siret(), "123", null, null, null, null);
    assertEquals(
        "organisation.nda.invalid",
        assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> organisations.create(badNda)))
            .getMessageKey());
    var badPeriod =
        new OrganisationForm(
            "Période",
            OrganisationTestData.siret(),
            null,
            "Q",
            "C",
            LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 1, 1));
    assertEquals(
        "organisation.qualiopi.badPeriod",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> organisations.create(badPeriod)))
            .getMessageKey());
    assertThrows(
        EJBAccessException.class,
        () ->
            asManager.call(
                () -> organisations.create(form("Pas moi", OrganisationTestData.siret()))));
  }

  @Test
  void managersSeeAndEditOnlyTheirOwnOrganisation() throws Exception {
    long mine = data.organisation("Mon organisme " + ReferentialTestData.unique("M"), "it-manager");
    long theirs = data.organisation("Autre organisme " + ReferentialTestData.unique("T"));
    var visible = asManager.call(() -> organisations.search("", 0, 200)).items();
    assertTrue(visible.stream().anyMatch(o -> o.id() == mine));
    assertTrue(visible.stream().noneMatch(o -> o.id() == theirs));

    // A forged id of another organisation does not exist for the caller.
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> organisations.getOrganisation(theirs)));
    OrganisationDetail d = asManager.call(() -> organisations.getOrganisation(mine));
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asManager.call(
                () -> {
                  organisations.update(theirs, 0, form("Pris", OrganisationTestData.siret()));
                  return null;
                }));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> organisations.saveSite(theirs, null, 0, site("Intrus"))));

    asManager.call(
        () -> {
          organisations.update(
              mine,
              d.entityVersion(),
              new OrganisationForm("Renommé", d.form().siret(), null, null, null, null, null));
          return null;
        });
    assertEquals(
        "Renommé", asManager.call(() -> organisations.getOrganisation(mine)).form().name());
    // The same form submitted again carries a stale version: a conflict, not an overwrite.
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asManager.call(
                () -> {
                  organisations.update(
                      mine,
                      d.entityVersion(),
                      new OrganisationForm(
                          "Écrasé", d.form().siret(), null, null, null, null, null));
                  return null;
                }));
  }

  @Test
  void trainersReadTheirOrganisationButCannotChangeIt() throws Exception {
    long mine =
        data.organisation(
            "Organisme du formateur " + ReferentialTestData.unique("F"), "it-trainer");
    assertEquals(mine, asTrainer.call(() -> organisations.getOrganisation(mine)).id());
    assertThrows(
        EJBAccessException.class,
        () -> asTrainer.call(() -> organisations.saveSite(mine, null, 0, site("Non"))));
    assertThrows(
        EJBAccessException.class, () -> asMediator.run(() -> organisations.search("", 0, 10)));
  }

  @Test
  void sitesAndApprovalsBelongToTheirOrganisation() throws Exception {
    long mine = data.organisation("Sites " + ReferentialTestData.unique("S"), "it-manager");
    long other = data.organisation("Autres sites " + ReferentialTestData.unique("O"));
    long siteId = asManager.call(() -> organisations.saveSite(mine, null, 0, site("Atelier")));
    long otherSite = asAdmin.call(() -> organisations.saveSite(other, null, 0, site("Ailleurs")));
    var saved = asManager.call(() -> organisations.getOrganisation(mine)).sites().get(0);
    assertEquals("Atelier", saved.form().name());
    assertTrue(saved.form().accessible());

    long versionId = referential.version(ReferentialTestData.unique("V"), "CCP1");
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate until = LocalDate.of(2027, 12, 31);
    // A site of another organisation cannot carry this organisation's approval.
    assertThrows(
        ObjectNotFoundException.class,
        () ->
            asAdmin.call(
                () -> organisations.addApproval(mine, versionId, otherSite, null, from, until)));
    // No approval beyond the version's end and its capitalisation year.
    referential.endVersion(versionId, LocalDate.of(2026, 12, 31));
    assertEquals(
        "organisation.approval.beyondVersion",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asAdmin.call(
                        () ->
                            organisations.addApproval(
                                mine, versionId, siteId, null, from, LocalDate.of(2028, 1, 1))))
            .getMessageKey());
    asAdmin.call(() -> organisations.addApproval(mine, versionId, siteId, "DREETS-1", from, until));
    assertEquals(1, asManager.call(() -> organisations.getOrganisation(mine)).approvals().size());
    assertEquals(
        "organisation.site.inUse",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asManager.call(
                        () -> {
                          organisations.deleteSite(mine, siteId);
                          return null;
                        }))
            .getMessageKey());
    assertThrows(
        EJBAccessException.class,
        () ->
            asManager.call(
                () -> organisations.addApproval(mine, versionId, siteId, null, from, until)));
  }

  @Test
  void lieuxFilesImportValidRowsAndReimportUpdatesInsteadOfDuplicating() throws Exception {
    long mine = data.organisation("Lieux " + ReferentialTestData.unique("L"), "it-manager");
    var preview =
        asManager.call(
            () ->
                organisations.previewLieux(
                    mine,
                    getClass().getClassLoader().getResourceAsStream("lieux/lignes-invalides.csv"),
                    "lignes-invalides.csv"));
    assertEquals(1, preview.valid().size());
    assertEquals(2, preview.invalidRows());
    assertEquals(1, asManager.call(() -> organisations.importLieux(mine, preview.valid())));
    var sites = asManager.call(() -> organisations.getOrganisation(mine)).sites();
    assertEquals(1, sites.size());
    assertEquals("Espace numérique", sites.get(0).form().name());
    assertTrue(sites.get(0).form().accessible());

    String csv = asManager.call(() -> organisations.exportLieux(mine));
    assertTrue(csv.contains("\"lieu-ok\""), csv);
    var again =
        asManager.call(
            () ->
                organisations.previewLieux(
                    mine,
                    new java.io.ByteArrayInputStream(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "export.csv"));
    assertEquals(List.of(), again.problems());
    asManager.call(() -> organisations.importLieux(mine, again.valid()));
    assertEquals(1, asManager.call(() -> organisations.getOrganisation(mine)).sites().size());
    long theirs = data.organisation("Pas les miens " + ReferentialTestData.unique("P"));
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> organisations.importLieux(theirs, again.valid())));
  }

  @Test
  void managersAreRemindedOnceWhenQualiopiExpiresWithinSixtyDays() throws Exception {
    long id = data.organisation("Rappel " + ReferentialTestData.unique("R"), "it-manager");
    LocalDate today = LocalDate.of(2031, 3, 1);
    var d = asAdmin.call(() -> organisations.getOrganisation(id));
    var expiring =
        new OrganisationForm(
            d.form().name(),
            d.form().siret(),
            null,
            "Q-9",
            "Certif",
            LocalDate.of(2028, 4, 1),
            today.plusDays(30));
    asAdmin.call(
        () -> {
          organisations.update(id, d.entityVersion(), expiring);
          return null;
        });
    assertTrue(asAdmin.call(() -> reminders.remind(today)) >= 1);
    assertEquals(
        0, asAdmin.call(() -> reminders.remind(today.plusDays(1))), "one reminder per certificate");
    var mine = asManager.call(() -> notifications.mine(0, 200)).items();
    assertTrue(
        mine.stream()
            .anyMatch(
                n ->
                    n.messageKey().equals("notification.qualiopi.expiring")
                        && n.arguments().get(0).equals(d.form().name())));
    assertTrue(asManager.call(() -> notifications.unreadCount()) >= 1);
    asManager.call(
        () -> {
          notifications.markAllRead();
          return null;
        });
    assertEquals(0, asManager.call(() -> notifications.unreadCount()));
    assertThrows(EJBAccessException.class, () -> asManager.call(() -> reminders.remind(today)));
  }

  @Test
  void managersRecordTheirTrainersQualifications() throws Exception {
    long id =
        data.organisation(
            "Formateurs " + ReferentialTestData.unique("Q"), "it-manager", "it-trainer");
    TrainerView t = asManager.call(() -> organisations.listTrainers(id)).get(0);
    assertEquals("it-trainer", t.username());
    assertEquals(-1, t.entityVersion());
    asManager.call(
        () -> {
          organisations.saveTrainerProfile(
              id,
              t.userId(),
              -1,
              fr.capacite.domain.organisation.TitleHeld.MEDIATEUR_NUMERIQUE,
              7,
              List.of("Cybersécurité", "IA"));
          return null;
        });
    TrainerView saved = asTrainer.call(() -> organisations.listTrainers(id)).get(0);
    assertEquals(fr.capacite.domain.organisation.TitleHeld.MEDIATEUR_NUMERIQUE, saved.titleHeld());
    assertEquals(List.of("Cybersécurité", "IA"), saved.modules());
    // A second form read before the first save is stale.
    assertThrows(
        ConcurrentEditException.class,
        () ->
            asManager.call(
                () -> {
                  organisations.saveTrainerProfile(
                      id,
                      t.userId(),
                      -1,
                      fr.capacite.domain.organisation.TitleHeld.NONE,
                      1,
                      List.of());
                  return null;
                }));
    assertThrows(
        EJBAccessException.class,
        () ->
            asTrainer.call(
                () -> {
                  organisations.saveTrainerProfile(
                      id,
                      t.userId(),
                      saved.entityVersion(),
                      fr.capacite.domain.organisation.TitleHeld.NONE,
                      1,
                      List.of());
                  return null;
                }));
  }

  @Test
  void onlyManagersAndTrainersCanBecomeMembers() throws Exception {
    long id = data.organisation("Membres " + ReferentialTestData.unique("B"));
    data.organisation("Comptes " + ReferentialTestData.unique("C"), "it-manager");
    asAdmin.run(() -> organisations.addMember(id, "it-manager"));
    assertTrue(
        asAdmin.call(() -> organisations.getOrganisation(id)).members().contains("it-manager"));
    assertEquals(
        "organisation.member.unknown",
        assertThrows(
                InvalidInputException.class,
                () -> asAdmin.run(() -> organisations.addMember(id, "nobody-here")))
            .getMessageKey());
  }
}
