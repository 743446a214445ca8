package fr.capacite.application.referential.rncp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RncpCsvParserTest {

  private static RncpDataset parse(String content) {
    return parse(content.getBytes(StandardCharsets.UTF_8));
  }

  private static RncpDataset parse(byte[] content) {
    return RncpCsvParser.parse(new ByteArrayInputStream(content), "test.csv", n -> {});
  }

  private static RncpFormatException refused(String content) {
    return assertThrows(RncpFormatException.class, () -> parse(content));
  }

  @Test
  void standardFileGivesFichesWithDatesAndLevel() {
    RncpDataset d =
        parse(
            "Numero_Fiche;Intitule;Abrege_Libelle;Nomenclature_Europe_Niveau;Date_Effet;Date_Fin_Enregistrement;Actif\n"
                + "RNCP40695;Médiateur numérique;TP;NIV5;13/07/2025;12/07/2030;ACTIVE\n"
                + "\"RNCP34033\";\"Responsable d'espace de médiation numérique; REMN\";;NIV5;;12/07/2025;INACTIVE\n");
    assertEquals(2, d.fiches().size());
    var mn = d.fiches().get(0);
    assertEquals("RNCP40695", mn.number());
    assertEquals("NIV5", mn.level());
    assertEquals(LocalDate.of(2025, 7, 13), mn.effectiveFrom());
    assertEquals(LocalDate.of(2030, 7, 12), mn.registrationEnd());
    assertTrue(mn.active());
    var remn = d.fiches().get(1);
    assertEquals("Responsable d'espace de médiation numérique; REMN", remn.title());
    assertNull(remn.effectiveFrom());
    assertEquals(3, remn.line());
  }

  @Test
  void blocsFileGivesBlocks() {
    RncpDataset d =
        parse(
            "Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle\n"
                + "RNCP40695;RNCP40695BC01;Accueillir et accompagner\n"
                + "RNCP40695;RNCP40695BC02;Animer\n");
    assertEquals(2, d.blocks().size());
    assertEquals("RNCP40695BC02", d.blocks().get(1).code());
  }

  @Test
  void ancienneNouvelleFileGivesTheVersionChain() {
    RncpDataset d =
        parse(
            "Numero_Fiche;Ancienne_Certification;Nouvelle_Certification\n"
                + "RNCP40695;RNCP34033;\n"
                + "RNCP34033;;RNCP40695\n");
    assertEquals(2, d.links().size());
    assertTrue(
        d.links().stream()
            .allMatch(l -> l.oldNumber().equals("RNCP34033") && l.newNumber().equals("RNCP40695")));
  }

  @Test
  void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Numero_Fiche;Intitule\r\nRNCP1;Titre\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertEquals("Titre", parse(all).fiches().get(0).title());
  }

  @Test
  void commaSeparatedFileIsRefusedAsWrongSeparator() {
    var e = refused("Numero_Fiche,Intitule\nRNCP1,Titre\n");
    assertEquals("referential.import.error.separator", e.getMessageKey());
    assertEquals(1, e.getLine());
  }

  @Test
  void missingColumnIsNamed() {
    var e = refused("Numero_Fiche;Bloc_Competences_Code\nRNCP1;RNCP1BC01\n");
    assertEquals("referential.import.error.missingColumn", e.getMessageKey());
    assertEquals("Bloc_Competences_Libelle", e.getArguments()[2]);
  }

  @Test
  void unknownHeaderIsRefused() {
    assertEquals("referential.import.error.unknownFile", refused("foo;bar\n1;2\n").getMessageKey());
  }

  @Test
  void badDateNamesLineColumnAndValue() {
    var e =
        refused(
            "Numero_Fiche;Intitule;Date_Effet\nRNCP1;Titre;01/01/2025\nRNCP2;Titre;31/02/2025\n");
    assertEquals("referential.import.error.badDate", e.getMessageKey());
    assertEquals(3, e.getLine());
    assertEquals("Date_Effet", e.getArguments()[2]);
    assertEquals("31/02/2025", e.getArguments()[3]);
  }

  @Test
  void latin1FileIsRefusedAsNotUtf8() {
    byte[] latin1 =
        "Numero_Fiche;Intitule\nRNCP1;Médiateur\n".getBytes(StandardCharsets.ISO_8859_1);
    var e = assertThrows(RncpFormatException.class, () -> parse(latin1));
    assertEquals("referential.import.error.encoding", e.getMessageKey());
  }

  @Test
  void randomBinaryGarbageIsRefused() {
    byte[] garbage = new byte[1 << 20];
    new Random(42).nextBytes(garbage);
    assertThrows(RncpFormatException.class, () -> parse(garbage));
  }

  @Test
  void fiftyMegabytesOfTextGarbageIsRefusedAtTheFirstLine() {
    // Streamed, never held in memory as one array: a single 50 MB header line.
    InputStream fifty =
        new SequenceInputStream(
            new ByteArrayInputStream("x".getBytes()), new RepeatingStream((byte) 'x', 50L << 20));
    AtomicLong read = new AtomicLong();
    var e =
        assertThrows(
            RncpFormatException.class, () -> RncpCsvParser.parse(fifty, "big.csv", read::set));
    assertEquals("referential.import.error.unknownFile", e.getMessageKey());
    assertEquals(1, e.getLine());
    assertTrue(read.get() > 50L << 20, "progress reports the bytes read");
  }

  @Test
  void wrongColumnCountIsRefused() {
    var e = refused("Numero_Fiche;Intitule;Actif\nRNCP1;Titre\n");
    assertEquals("referential.import.error.columnCount", e.getMessageKey());
    assertEquals(2, e.getLine());
  }

  @Test
  void brokenQuoteIsASyntaxError() {
    var e = refused("Numero_Fiche;Intitule\nRNCP1;\"Titre non fermé\nRNCP2;x\n");
    assertEquals("referential.import.error.syntax", e.getMessageKey());
  }

  @Test
  void badFicheNumberAndBlockCodeAndEmptyFieldAreRefused() {
    assertEquals(
        "referential.import.error.badFicheNumber",
        refused("Numero_Fiche;Intitule\n40695;Titre\n").getMessageKey());
    assertEquals(
        "referential.import.error.badBlockCode",
        refused("Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle\nRNCP1;BC01;Bloc\n")
            .getMessageKey());
    assertEquals(
        "referential.import.error.emptyField",
        refused("Numero_Fiche;Intitule\nRNCP1;\n").getMessageKey());
  }

  /** An input stream of one byte repeated, to build large inputs cheaply. */
  private static final class RepeatingStream extends InputStream {
    private final byte value;
    private long remaining;

    RepeatingStream(byte value, long length) {
      this.value = value;
      this.remaining = length;
    }

    @Override
    public int read() {
      if (remaining <= 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      java.util.Arrays.fill(b, off, off + n, value);
      remaining -= n;
      return n;
    }
  }
}
