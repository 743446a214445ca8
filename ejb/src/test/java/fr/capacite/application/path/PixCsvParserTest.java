package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pix CSV: French or English headers, ; or , separators, both date forms, problems by line. */
class PixCsvParserTest {

  private static final Set<String> KNOWN = Set.of("1.1", "2.1", "4.2", "5.2");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static PixCsvParser.Result parse(String text) {
    return PixCsvParser.parse(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "pix.csv", KNOWN, TODAY);
  }

  @Test
  void readsFrenchAndEnglishFilesWithEitherSeparator() {
    var fr = parse("\uFEFFCompétence;Niveau;Date\n1.1;4;12/03/2026\n\n4.2;0;2026-03-12\n");
    assertEquals(2, fr.valid().size());
    assertEquals(LocalDate.of(2026, 3, 12), fr.valid().get(0).day());
    assertEquals(0, fr.valid().get(1).level());
    var en = parse("learner,competence,level,date\nmaya,5.2,8,2026-01-02\n");
    assertTrue(en.hasLearnerColumn());
    assertEquals("maya", en.valid().get(0).learner());
  }

  @Test
  void eachBadValueIsReportedWithItsLineAndField() {
    var r =
        parse(
            "competence;niveau;date\n"
                + "9.9;3;12/03/2026\n"
                + "2.1;9;12/03/2026\n"
                + "2.1;-1;12/03/2026\n"
                + "2.1;3;31/02/2026\n"
                + "2.1;3;2027-01-01\n"
                + "1.1;x;hier\n");
    assertTrue(r.valid().isEmpty());
    assertEquals(
        List.of("2/competence", "3/level", "4/level", "5/date", "6/date", "7/level", "7/date"),
        r.problems().stream().map(p -> p.line() + "/" + p.field()).toList());
  }

  @Test
  void aFileWithoutTheColumnsOrNotUtf8IsRefusedWhole() {
    assertEquals(
        "path.pix.missingColumn",
        assertThrows(InvalidInputException.class, () -> parse("code;score\n1.1;3\n"))
            .getMessageKey());
    byte[] latin1 =
        "competence;niveau;date\n1.1;3;12/03/2026;é\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "path.pix.encoding",
        assertThrows(
                InvalidInputException.class,
                () -> PixCsvParser.parse(new ByteArrayInputStream(latin1), "x.csv", KNOWN, TODAY))
            .getMessageKey());
  }
}
