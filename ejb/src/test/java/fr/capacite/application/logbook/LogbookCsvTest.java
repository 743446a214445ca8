package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The logbook's file reads as La Coop's export, then Capacité's own columns. */
class LogbookCsvTest {

  @Test
  void aLogbookIsWrittenInLaCoopsColumnsAndWords() throws Exception {
    String csv =
        LogbookCsv.write(
            List.of(
                new LogbookService.EntryView(
                    1L,
                    new PracticeEntry.Facts(
                        LocalDate.of(2026, 12, 7),
                        LogKind.ADMINISTRATIVE,
                        EnumSet.of(LogTheme.PROCEDURES, LogTheme.HOUSING),
                        45,
                        1,
                        PlaceKind.REMOTE,
                        Approach.FOR,
                        Autonomy.GUIDED,
                        Autonomy.PARTLY,
                        LogOutcome.REFERRED,
                        "AB-12",
                        "=HYPERLINK(\"x\")"),
                    null,
                    null,
                    List.of(),
                    0L),
                new LogbookService.EntryView(
                    2L,
                    new PracticeEntry.Facts(
                        LocalDate.of(2026, 12, 6),
                        LogKind.COLLECTIVE,
                        EnumSet.of(LogTheme.SECURITY),
                        90,
                        8,
                        PlaceKind.ACTIVITY_SITE,
                        null,
                        null,
                        null,
                        LogOutcome.SOLVED,
                        null,
                        null),
                    7L,
                    "@Médiathèque Louise-Michel",
                    List.of(
                        new LogbookService.CompetenceChoice(3, "CCP1", 3, "Concevoir"),
                        new LogbookService.CompetenceChoice(4, "CCP1", 4, "Animer")),
                    0L)));
    assertTrue(csv.startsWith("\uFEFF"), "read as UTF-8 by spreadsheets");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    assertEquals(LogbookCsv.HEADERS, rows.get(0).toList());
    CSVRecord r = rows.get(1);
    assertEquals("07/12/2026", r.get(0));
    assertEquals("Accompagnement individuel", r.get(1), "a procedure is an individual one there");
    assertEquals("À distance", r.get(4));
    assertEquals("45", r.get(6));
    assertEquals("Aide aux démarches administratives\nLogement", r.get(9));
    assertEquals("2/3", r.get(12), "autonomy as La Coop's stars");
    assertEquals("Oui", r.get(13));
    assertEquals("'=HYPERLINK(\"x\")", r.get(19), "never a formula");
    assertEquals("Fait pour la personne (à sa place)", r.get(20));
    CSVRecord w = rows.get(2);
    assertEquals("Atelier collectif", w.get(1));
    assertEquals("8", w.get(2));
    assertEquals("'@Médiathèque Louise-Michel", w.get(5), "the site's name, never a formula");
    assertEquals("CCP1.3, CCP1.4", w.get(25));
    assertEquals("AB-12", r.get(24));
  }
}
