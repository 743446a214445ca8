package fr.capacite.application.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.referential.rncp.ImportPlan;
import fr.capacite.application.referential.rncp.RncpFormatException;
import fr.capacite.application.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferentialImportServiceTest {

  @Test
  void theFormatIsDecidedOnTheContent() {
    assertTrue(
        ReferentialImportService.looksLikeXml(
            "\uFEFF  <?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(ReferentialImportService.looksLikeXml("<FICHES>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(
        ReferentialImportService.looksLikeXml(
            "Numero_Fiche;Intitule".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theFingerprintFollowsThePlan() {
    var op =
        new ImportPlan.Operation(
            ImportPlan.Type.CREATE_VERSION,
            "TP",
            "RNCP1",
            null,
            0,
            null,
            null,
            "Titre",
            null,
            null,
            null);
    var other =
        new ImportPlan.Operation(
            ImportPlan.Type.CREATE_VERSION,
            "TP",
            "RNCP2",
            null,
            0,
            null,
            null,
            "Titre",
            null,
            null,
            null);
    String a = ReferentialImportService.fingerprint(new ImportPlan(List.of(op), List.of()));
    assertEquals(a, ReferentialImportService.fingerprint(new ImportPlan(List.of(op), List.of())));
    assertNotEquals(
        a, ReferentialImportService.fingerprint(new ImportPlan(List.of(other), List.of())));
  }

  @Test
  void severalFilesAreReadIntoOneDataSetWithProgress() throws Exception {
    Path a = Files.createTempFile("std", ".csv");
    Path b = Files.createTempFile("blocs", ".xml");
    Files.writeString(a, "Numero_Fiche;Intitule\nRNCP1;Titre\n");
    Files.writeString(
        b,
        "<FICHES><FICHE><NUMERO_FICHE>RNCP2</NUMERO_FICHE><INTITULE>Autre</INTITULE></FICHE></FICHES>");
    ImportProgress progress = new ImportProgress(Files.size(a) + Files.size(b));
    var data =
        ReferentialImportService.read(
            List.of(new ImportFile("a.csv", a), new ImportFile("b.xml", b)), progress);
    assertEquals(2, data.fiches().size());
    assertEquals(100, progress.percent());
  }

  @Test
  void emptyAndMissingFilesAreRefused() throws Exception {
    assertEquals(
        "referential.import.noFile",
        assertThrows(
                InvalidInputException.class,
                () -> ReferentialImportService.read(List.of(), new ImportProgress(1)))
            .getMessageKey());
    Path empty = Files.createTempFile("empty", ".csv");
    assertEquals(
        "referential.import.error.emptyFile",
        assertThrows(
                RncpFormatException.class,
                () ->
                    ReferentialImportService.read(
                        List.of(new ImportFile("empty.csv", empty)), new ImportProgress(1)))
            .getMessageKey());
  }

  private static byte[] archive(java.util.Map<String, String> entries) throws Exception {
    var raw = new java.util.LinkedHashMap<String, byte[]>();
    entries.forEach((k, v) -> raw.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return fr.capacite.testing.RncpFixtures.archive(raw);
  }

  @Test
  void aPublishedZipArchiveIsReadEntryByEntry() throws Exception {
    var entries = new java.util.LinkedHashMap<String, String>();
    entries.put(
        "export_fiches_CSV_Standard_2025_12_01.csv",
        "\"Numero_Fiche\";\"Intitule\"\r\n\"RNCP40695\";\"Médiateur numérique\"\r\n");
    entries.put(
        "export_fiches_CSV_Blocs_De_Compétences_2025_12_01.csv",
        "\"Numero_Fiche\";\"Bloc_Competences_Code\";\"Bloc_Competences_Libelle\"\r\n"
            + "\"RNCP40695\";\"RNCP40695BC02\";\"Animer\"\r\n"
            + "\"RNCP40695\";\"RNCP40695BC01\";\"Accueillir\"\r\n");
    entries.put("LISEZMOI.txt", "not a data file");
    Path zip = Files.createTempFile("export", ".zip");
    Files.write(zip, archive(entries));
    ImportProgress progress = new ImportProgress(Files.size(zip));
    var data =
        ReferentialImportService.read(
            List.of(new ImportFile("export_fiches_CSV_2025_12_01.zip", zip)), progress);
    assertEquals(1, data.fiches().size());
    assertEquals("Médiateur numérique", data.fiches().get(0).title());
    assertEquals(2, data.blocks().size());
    assertEquals(100, progress.percent());

    // A fault inside names the archive, the entry (its accents read right) and the line.
    entries.put(
        "export_fiches_CSV_Blocs_De_Compétences_2025_12_01.csv",
        "\"Numero_Fiche\";\"Bloc_Competences_Code\";\"Bloc_Competences_Libelle\"\r\n"
            + "\"RNCP40695\";\"pas un code\";\"Animer\"\r\n");
    Files.write(zip, archive(entries));
    RncpFormatException e =
        assertThrows(
            RncpFormatException.class,
            () ->
                ReferentialImportService.read(
                    List.of(new ImportFile("export.zip", zip)), new ImportProgress(1)));
    assertEquals(
        "export.zip › export_fiches_CSV_Blocs_De_Compétences_2025_12_01.csv", e.getArguments()[0]);
    assertEquals(2, e.getLine());
  }

  @Test
  void anArchiveWithoutDataOrTooBigIsRefused() throws Exception {
    Path zip = Files.createTempFile("export", ".zip");
    Files.write(zip, archive(java.util.Map.of("LISEZMOI.txt", "rien")));
    assertEquals(
        "referential.import.error.emptyArchive",
        assertThrows(
                RncpFormatException.class,
                () ->
                    ReferentialImportService.read(
                        List.of(new ImportFile("vide.zip", zip)), new ImportProgress(1)))
            .getMessageKey());
    var many = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i <= ReferentialImportService.MAX_ARCHIVE_ENTRIES; i++) {
      many.put("f" + i + ".txt", "x");
    }
    Files.write(zip, archive(many));
    assertEquals(
        "referential.import.error.archiveTooLarge",
        assertThrows(
                RncpFormatException.class,
                () ->
                    ReferentialImportService.read(
                        List.of(new ImportFile("bombe.zip", zip)), new ImportProgress(1)))
            .getMessageKey());
  }
}
