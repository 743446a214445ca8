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
}
