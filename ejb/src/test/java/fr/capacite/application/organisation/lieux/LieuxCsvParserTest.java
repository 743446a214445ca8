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

  private static byte[] published() throws java.io.IOException {
    try (InputStream in =
        LieuxCsvParserTest.class.getClassLoader().getResourceAsStream("lieux/exemple-valide.csv")) {
      return in.readAllBytes();
    }
  }

  private static byte[] withBom(byte[] content) {
    byte[] out = new byte[content.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(content, 0, out, 3, content.length);
    return out;
  }

  @Test
  void thePublishedExampleReadsTheSameWithAByteOrderMarkAndWithCrlf() throws Exception {
    byte[] plain = published();
    String lf = new String(plain, StandardCharsets.UTF_8).replace("\r\n", "\n");
    byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    LieuxParseResult reference = LieuxCsvParser.parse(new ByteArrayInputStream(plain), "a.csv");
    assertFalse(reference.valid().isEmpty());
    for (byte[] variant :
        List.of(withBom(plain), crlf, withBom(crlf), lf.getBytes(StandardCharsets.UTF_8))) {
      LieuxParseResult r = LieuxCsvParser.parse(new ByteArrayInputStream(variant), "b.csv");
      assertEquals(List.of(), r.problems());
      assertEquals(reference.valid(), r.valid());
    }
  }

  /** The published example with one value of its first row replaced. */
  private static LieuxParseResult exampleWith(String field, String value) throws Exception {
    var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get();
    StringWriter out = new StringWriter();
    try (var parser =
            org.apache.commons.csv.CSVParser.parse(
                new String(published(), StandardCharsets.UTF_8), format);
        var printer =
            new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setHeader(parser.getHeaderNames().toArray(String[]::new))
                    .get())) {
      var record = parser.getRecords().get(0);
      List<String> values = new java.util.ArrayList<>(record.toList());
      values.set(parser.getHeaderNames().indexOf(field), value);
      printer.printRecord(values);
    }
    return parse(out.toString());
  }

  @Test
  void everyConstraintOfThePublishedSchemaApplies() throws Exception {
    // presentation_resume: maxLength 280 in schema.json.
    assertEquals(List.of(), exampleWith("presentation_resume", "é".repeat(280)).problems());
    LieuxParseResult tooLong = exampleWith("presentation_resume", "é".repeat(281));
    assertEquals(1, tooLong.problems().size(), tooLong.problems().toString());
    Problem p = tooLong.problems().get(0);
    assertEquals(2, p.line());
    assertEquals("presentation_resume", p.field());
    assertEquals("organisation.lieux.problem.maxLength", p.key());
    assertTrue(p.value().contains("281"), p.value());
    // Every constraint the schema sets is read from it, none copied by hand.
    LieuxSchema schema = LieuxSchema.get();
    assertEquals(280, schema.field("presentation_resume").orElseThrow().maxLength().intValue());
    assertEquals("date", schema.field("date_maj").orElseThrow().type());
    assertTrue(schema.fields().stream().anyMatch(LieuxSchema.Field::unique));
    // A number field takes numbers only; a date field ISO dates only.
    assertEquals(
        "organisation.lieux.problem.number",
        exampleWith("latitude", "quarante-neuf").problems().get(0).key());
    assertEquals(
        "organisation.lieux.problem.date",
        exampleWith("date_maj", "02/04/2024").problems().get(0).key());
  }

  @Test
  void stringFormatsOfTableSchemaAreChecked() {
    assertTrue(LieuxCsvParser.hasFormat("contact@example.org", "email"));
    assertTrue(!LieuxCsvParser.hasFormat("contact at example", "email"));
    assertTrue(LieuxCsvParser.hasFormat("https://example.org/lieu", "uri"));
    assertTrue(!LieuxCsvParser.hasFormat("example.org/lieu", "uri"));
    assertTrue(LieuxCsvParser.hasFormat("123e4567-e89b-12d3-a456-426614174000", "uuid"));
    assertTrue(!LieuxCsvParser.hasFormat("123", "uuid"));
    assertTrue(LieuxCsvParser.hasFormat("anything", "default"));
  }

  @Test
  void thePrimaryKeyOfThePublishedSchemaIsUnique() {
    LieuxSchema.Field id =
        LieuxSchema.get().fields().stream()
            .filter(f -> f.name().equals("id"))
            .findFirst()
            .orElseThrow();
    assertTrue(id.unique() && id.primaryKey());
    assertTrue(
        LieuxSchema.get().fields().stream()
            .filter(f -> !f.name().equals("id"))
            .noneMatch(LieuxSchema.Field::primaryKey));
  }
}
