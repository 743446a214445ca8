package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogbookImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static final List<LogbookService.SiteView> SITES =
      List.of(
          new LogbookService.SiteView(
              7, "Médiathèque Louise-Michel", "69003", "69", "Rhône", false, 0));

  /** La Coop's own export: its columns only, its words, one autonomy level "n/3". */
  private static final String COOP =
      "Date;Type;Nombre de participants;Bénéficiaire;Canaux d’accompagnement;Lieu;Durée (min);"
          + "Nom de l’atelier;Matériel numérique utilisé;Thématique(s) d’accompagnement;Tags;"
          + "Nom de la démarche administrative;Niveau d’autonomie (ou de l’atelier);"
          + "Bénéficiaire réorienté;Structure de redirection;Notes supplémentaires\n"
          + "02/12/2026;Accompagnement individuel;1;;Lieu d’activité;Médiathèque Louise-Michel;45;"
          + ";Smartphone;\"Papiers, élections, citoyenneté\nAide aux démarches administratives\";;"
          + "ANTS;2/3;Non;;Carte d’identité refaite\n"
          + "03/12/2026;Atelier collectif;8;;À distance;;90;Atelier IA;;Intelligence artificielle"
          + " (IA);;;;;;\n"
          + "04/12/2026;Accompagnement individuel;1;;Lieu d’activité;Maison France Services;30;;;"
          + "E-mail;;;1/3;Oui;CCAS;\n"
          + "31/12/2026;Accompagnement individuel;1;;À domicile;;30;;;Santé;;;3/3;Non;;\n"
          + "05/12/2026;Accompagnement individuel;1;;À domicile;;30;;;Social, santé;;;;Oui;CAF;\n";

  @Test
  void laCoopsExportIsReadWithWhatItDoesNotRecordLeftUnrecorded() {
    var parsed = LogbookImport.read(COOP, SITES, TODAY);
    assertEquals(3, parsed.rows().size(), "" + parsed.problems());
    PracticeEntry.Facts papers = parsed.rows().get(0).facts();
    assertEquals(LocalDate.of(2026, 12, 2), papers.day());
    assertEquals(LogKind.INDIVIDUAL, papers.kind());
    assertEquals(Set.of(LogTheme.PAPERS, LogTheme.PROCEDURES), papers.themes());
    assertEquals(PlaceKind.ACTIVITY_SITE, papers.place());
    assertEquals(7L, parsed.rows().get(0).siteId());
    assertEquals(Autonomy.PARTLY, papers.autonomyAfter());
    assertNull(papers.autonomyBefore(), "La Coop does not record it");
    assertNull(papers.approach(), "nor whether it was done with or for the person");
    assertEquals(LogOutcome.NOT_RECORDED, papers.outcome());
    assertEquals("Carte d’identité refaite", papers.note());

    PracticeEntry.Facts workshop = parsed.rows().get(1).facts();
    assertEquals(LogKind.COLLECTIVE, workshop.kind());
    assertEquals(8, workshop.participants());
    assertEquals(PlaceKind.REMOTE, workshop.place());
    assertEquals(Set.of(LogTheme.AI), workshop.themes());

    PracticeEntry.Facts social = parsed.rows().get(2).facts();
    assertEquals(
        Set.of(LogTheme.SOCIAL_HEALTH, LogTheme.PROCEDURES),
        social.themes(),
        "\"Social, santé\" is not \"Santé\"");
    assertEquals(LogOutcome.REFERRED, social.outcome(), "referred: the one outcome La Coop notes");

    assertEquals(
        List.of(
            new LogbookImport.Problem(4, "logbook.import.unknownSite", "Maison France Services"),
            new LogbookImport.Problem(5, "logbook.dayInFuture", "")),
        parsed.problems());
  }

  @Test
  void capacitesOwnExportReadsBackWhole() {
    var entry =
        new LogbookService.EntryView(
            1,
            new PracticeEntry.Facts(
                LocalDate.of(2026, 11, 30),
                LogKind.INDIVIDUAL,
                Set.of(LogTheme.EMAIL, LogTheme.SECURITY),
                60,
                1,
                PlaceKind.ACTIVITY_SITE,
                Approach.WITH,
                Autonomy.GUIDED,
                Autonomy.AUTONOMOUS,
                LogOutcome.PARTLY_SOLVED,
                "MR-12",
                "=SOMME(A1) n’est pas une formule"),
            7L,
            "Médiathèque Louise-Michel",
            List.of(),
            0);
    var parsed = LogbookImport.read(LogbookCsv.write(List.of(entry)), SITES, TODAY);
    assertTrue(parsed.problems().isEmpty(), "" + parsed.problems());
    assertEquals(entry.facts(), parsed.rows().get(0).facts());
    assertEquals(7L, parsed.rows().get(0).siteId());
  }

  @Test
  void aFileThatIsNotALogbookIsRefusedWhole() {
    var parsed = LogbookImport.read("email;nom\nmaya@example.org;Maya\n", SITES, TODAY);
    assertEquals(
        List.of(new LogbookImport.Problem(0, "logbook.import.notALogbook", "")), parsed.problems());
    assertEquals(
        "logbook.import.type",
        LogbookImport.read(
                "Date;Type;Thématique(s) d’accompagnement;Durée (min)\n01/12/2026;Visite;E-mail;30\n",
                SITES,
                TODAY)
            .problems()
            .get(0)
            .key());
  }
}
