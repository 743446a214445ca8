package fr.capacite.application.organisation.lieux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.organisation.lieux.LieuxParseResult.Problem;
import fr.capacite.application.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LieuxCsvParserTest {

  private static LieuxParseResult parseResource(String name) {
    InputStream in = LieuxCsvParserTest.class.getClassLoader().getResourceAsStream("lieux/" + name);
    return LieuxCsvParser.parse(in, name);
  }

  private static LieuxParseResult parse(String csv) {
    return LieuxCsvParser.parse(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  @Test
  void thePublishedValidExampleIsValid() {
    LieuxParseResult r = parseResource("exemple-valide.csv");
    assertEquals(List.of(), r.problems());
    Lieu l = r.valid().get(0);
    assertEquals("structure-1", l.id());
    assertEquals("Reims", l.city());
    assertEquals("51100", l.postalCode());
    assertEquals("12 BIS RUE DE LECLERCQ, Le patio du bois de l'Aulne", l.address());
    assertTrue(l.itinerant());
    assertEquals(new BigDecimal("43.52609"), l.latitude());
    assertEquals(LocalDate.of(2024, 4, 2), l.updated());
    assertTrue(l.specificSupport().contains("Surdité"));
  }

  @Test
  void eachProblemNamesItsLineAndField() {
    LieuxParseResult r = parseResource("lignes-invalides.csv");
    assertEquals(1, r.valid().size());
    assertTrue(r.valid().get(0).accessible(), "Handicaps moteurs means accessible");
    Set<String> line3 =
        r.problems().stream()
            .filter(p -> p.line() == 3)
            .map(p -> p.field() + ":" + p.key().substring(p.key().lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "pivot:pattern",
            "nom:required",
            "code_postal:pattern",
            "date_maj:date",
            "itinerance:pattern",
            "services:pattern"),
        line3);
    Set<String> line4 =
        r.problems().stream()
            .filter(p -> p.line() == 4)
            .map(Problem::field)
            .collect(Collectors.toSet());
    assertEquals(Set.of("id", "latitude"), line4);
    assertEquals(2, r.invalidRows());
  }

  @Test
  void multiValuesMustAllBelongToTheList() {
    String header =
        "\"id\",\"pivot\",\"nom\",\"commune\",\"code_postal\",\"adresse\",\"date_maj\",\"itinerance\"\n";
    assertTrue(
        parse(
                header
                    + "\"a\",\"123456789\",\"N\",\"C\",\"12345\",\"A\",\"2025-01-01\",\"Itinérant|Fixe\"\n")
            .problems()
            .isEmpty());
    assertFalse(
        parse(
                header
                    + "\"a\",\"123456789\",\"N\",\"C\",\"12345\",\"A\",\"2025-01-01\",\"Mobile|Fixe\"\n")
            .problems()
            .isEmpty());
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
    var e = assertThrows(InvalidInputException.class, () -> parse("\"id\",\"nom\"\n\"a\",\"b\"\n"));
    assertEquals("organisation.lieux.missingColumn", e.getMessageKey());
    assertTrue(e.getArguments()[1].toString().contains("pivot"));
    var latin1 =
        "id,pivot,nom,commune,code_postal,adresse,date_maj\na,123456789,Médiathèque,C,12345,A,2025-01-01\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "organisation.lieux.encoding",
        assertThrows(
                InvalidInputException.class,
                () -> LieuxCsvParser.parse(new ByteArrayInputStream(latin1), "x.csv"))
            .getMessageKey());
  }

  @Test
  void exportedSitesReadBackAsValidRows() {
    StringWriter out = new StringWriter();
    LieuxCsvWriter.write(
        List.of(
            new LieuxCsvWriter.Row(
                "capacite-site-1",
                "82314567800012",
                "Atelier \"République\"",
                "Paris",
                "75011",
                "12 rue du Faubourg du Temple",
                new BigDecimal("48.867"),
                new BigDecimal("2.367"),
                false,
                "Aide aux démarches administratives",
                "Handicaps moteurs",
                "Mo-Fr 09:00-17:00",
                LocalDate.of(2026, 11, 22))),
        out);
    String csv = out.toString();
    assertTrue(csv.startsWith("\"id\",\"pivot\",\"nom\",\"commune\""), csv);
    LieuxParseResult back = parse(csv);
    assertEquals(List.of(), back.problems());
    Lieu l = back.valid().get(0);
    assertEquals("Atelier \"République\"", l.name());
    assertFalse(l.itinerant());
    assertTrue(l.accessible());
    assertEquals(
        LieuxSchema.get().names().size(),
        csv.lines().findFirst().orElseThrow().split("\",\"").length);
  }
}
