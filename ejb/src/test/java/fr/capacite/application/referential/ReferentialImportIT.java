package fr.capacite.application.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.referential.rncp.ImportPlan;
import fr.capacite.application.referential.rncp.RncpFormatException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RncpFixtures;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** RNCP open-data import: preview, apply in one transaction, idempotence, refusal of bad files. */
@ExtendWith(ArquillianExtension.class)
class ReferentialImportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private ReferentialImportService imports;
  @EJB private ReferentialService referential;
  @EJB private ReferentialTestData data;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsMediator asMediator;

  private static String newFiche() {
    return "RNCP9" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private static ImportFile file(String name, String content) throws Exception {
    Path p = Files.createTempFile("rncp-", ".csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return new ImportFile(name, p);
  }

  private ImportPlan importAll(List<ImportFile> files) throws Exception {
    ImportPreview preview =
        asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false));
    return asAdmin.call(() -> imports.apply(files, preview.fingerprint(), false));
  }

  @Test
  void csvFilesCreateAVersionWithBlocksAndReimportChangesNothing() throws Exception {
    String fiche = newFiche();
    List<ImportFile> files =
        List.of(
            file(
                "Standard.csv",
                "Numero_Fiche;Intitule;Nomenclature_Europe_Niveau;Date_Effet;Date_Fin_Enregistrement;Actif\n"
                    + fiche
                    + ";Titre de test;NIV5;01/09/2025;31/08/2030;ACTIVE\n"),
            file(
                "Blocs.csv",
                "Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle\n"
                    + fiche
                    + ";"
                    + fiche
                    + "BC01;Accueillir\n"
                    + fiche
                    + ";"
                    + fiche
                    + "BC02;Animer\n"));
    ImportPlan applied = importAll(files);
    assertEquals(1, applied.counts().get(ImportPlan.Type.CREATE_VERSION));
    assertEquals(2, applied.counts().get(ImportPlan.Type.CREATE_BLOCK));

    VersionDetail v = referential.findVersionDetail(fiche).orElseThrow();
    assertEquals("Titre de test", v.summary().title());
    assertEquals("5", v.summary().level());
    assertEquals(
        List.of("CCP1", "CCP2"), v.blocks().stream().map(VersionDetail.BlockView::code).toList());
    assertEquals(fiche + "BC02", v.blocks().get(1).rncpCode());

    ImportPreview again = asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false));
    assertTrue(again.plan().isEmpty(), () -> "re-import planned " + again.plan().operations());
  }

  @Test
  void xmlExportAddsCompetencesAndTheVersionChain() throws Exception {
    String oldFiche = newFiche();
    String newFiche = newFiche();
    importAll(
        List.of(file("Standard.csv", "Numero_Fiche;Intitule\n" + oldFiche + ";Ancien titre\n")));
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES><FICHE>\n"
            + "<NUMERO_FICHE>"
            + newFiche
            + "</NUMERO_FICHE><INTITULE>Nouveau titre</INTITULE>\n"
            + "<ANCIENNE_CERTIFICATION>"
            + oldFiche
            + "</ANCIENNE_CERTIFICATION>\n"
            + "<BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>"
            + newFiche
            + "BC01</CODE><LIBELLE>Accompagner</LIBELLE>\n"
            + "<LISTE_COMPETENCES>&lt;ul&gt;&lt;li&gt;Accueillir les personnes&lt;/li&gt;&lt;li&gt;Poser un diagnostic&lt;/li&gt;&lt;li&gt;"
            + LONG_COMPETENCE
            + "&lt;/li&gt;&lt;/ul&gt;</LISTE_COMPETENCES>\n"
            + "</BLOC_COMPETENCES></BLOCS_COMPETENCES></FICHE></FICHES>\n";
    Path p = Files.createTempFile("rncp-", ".xml");
    Files.writeString(p, xml);
    importAll(List.of(new ImportFile("export.xml", p)));

    VersionDetail v = referential.findVersionDetail(newFiche).orElseThrow();
    assertEquals(oldFiche, v.summary().predecessorCode());
    assertEquals(
        v.summary().certificationCode(),
        referential.findVersionDetail(oldFiche).orElseThrow().summary().certificationCode());
    assertEquals(
        List.of("Accueillir les personnes", "Poser un diagnostic", LONG_COMPETENCE),
        v.blocks().get(0).competences().stream().map(VersionDetail.CompetenceView::title).toList());
    // Stored whole, so the same file again changes nothing.
    ImportPreview again =
        asAdmin.call(
            () ->
                imports.preview(
                    List.of(new ImportFile("export.xml", p)), new ImportProgress(1), false));
    assertTrue(again.plan().isEmpty(), () -> "re-import planned " + again.plan().operations());
  }

  /** A competence as long as some France Compétences publishes (over 500 characters). */
  private static final String LONG_COMPETENCE =
      "Concevoir et animer des ateliers collectifs d’initiation aux usages numériques "
          .repeat(9)
          .strip();

  @Test
  void aMalformedFileIsRefusedWholeAndNothingIsWritten() throws Exception {
    long before = data.countVersions();
    String fiche = newFiche();
    List<ImportFile> files =
        List.of(
            file(
                "Standard.csv",
                "Numero_Fiche;Intitule;Date_Effet\n"
                    + fiche
                    + ";Bon titre;01/01/2025\n"
                    + newFiche()
                    + ";Mauvaise date;2025-13-01\n"));
    RncpFormatException e =
        assertThrows(
            RncpFormatException.class,
            () -> asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false)));
    assertEquals("referential.import.error.badDate", e.getMessageKey());
    assertEquals(3, e.getLine());
    assertThrows(
        RncpFormatException.class,
        () -> asAdmin.call(() -> imports.apply(files, "anything", false)));
    assertEquals(before, data.countVersions());
  }

  @Test
  void applyRefusesWhenTheReferentialChangedSinceThePreview() throws Exception {
    String fiche = newFiche();
    List<ImportFile> files =
        List.of(file("Standard.csv", "Numero_Fiche;Intitule\n" + fiche + ";Titre\n"));
    ImportPreview preview =
        asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false));
    importAll(files);
    var refused =
        assertThrows(
            InvalidInputException.class,
            () -> asAdmin.call(() -> imports.apply(files, preview.fingerprint(), false)));
    assertEquals("referential.import.changedSincePreview", refused.getMessageKey());
  }

  @Test
  void thePublishedArchiveAndXmlFlowImportWithEquivalencesAndReimportChangesNothing()
      throws Exception {
    List<ImportFile> files =
        List.of(
            new ImportFile("export-fiches-csv-2026-12-01.zip", RncpFixtures.csvArchive()),
            new ImportFile("export-fiches-xml-2026-12-01.xml", RncpFixtures.xml()));
    ImportPreview preview =
        asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false));
    var warnings = preview.plan().warnings().stream().map(ImportPlan.Warning::detail).toList();
    assertTrue(
        warnings.contains(
            "export-fiches-csv-2026-12-01.zip › export_fiches_CSV_Certificateurs_2026_12_01.csv"),
        warnings::toString);
    assertTrue(warnings.stream().anyMatch(w -> w.endsWith("RS95476")), warnings::toString);
    ImportPlan applied = asAdmin.call(() -> imports.apply(files, preview.fingerprint(), false));
    assertEquals(2, applied.counts().get(ImportPlan.Type.CREATE_EQUIVALENCE));

    VersionDetail mn = referential.findVersionDetail("RNCP90202").orElseThrow();
    assertEquals("Médiateur numérique (essai)", mn.summary().title());
    assertEquals("RNCP90101", mn.summary().predecessorCode());
    assertEquals(
        List.of("RNCP90202BC01", "RNCP90202BC02", "RNCP90202BC03"),
        mn.blocks().stream().map(VersionDetail.BlockView::rncpCode).toList());
    assertEquals(
        List.of("RNCP90101/CCP1>RNCP90202/CCP1", "RNCP90101/CCP2>RNCP90202/CCP3"),
        mn.equivalences().stream()
            .map(
                e ->
                    e.fromVersionCode()
                        + "/"
                        + e.fromBlockCode()
                        + ">"
                        + e.toVersionCode()
                        + "/"
                        + e.toBlockCode())
            .sorted()
            .toList());
    assertTrue(referential.findVersionDetail("RS95476").isEmpty());

    ImportPreview again = asAdmin.call(() -> imports.preview(files, new ImportProgress(1), false));
    assertTrue(again.plan().isEmpty(), () -> "re-import planned " + again.plan().operations());

    // Asked for, the RS fiche becomes a title of its own.
    ImportPreview withRs = asAdmin.call(() -> imports.preview(files, new ImportProgress(1), true));
    asAdmin.call(() -> imports.apply(files, withRs.fingerprint(), true));
    assertEquals(
        "Compétences numériques de base (essai)",
        referential.findVersionDetail("RS95476").orElseThrow().summary().title());
  }

  @Test
  void onlyAdministratorsImport() throws Exception {
    List<ImportFile> files =
        List.of(file("Standard.csv", "Numero_Fiche;Intitule\n" + newFiche() + ";Titre\n"));
    assertThrows(
        EJBAccessException.class,
        () -> asMediator.run(() -> imports.preview(files, new ImportProgress(1), false)));
  }
}
