package fr.capacite.application.logbook;

import fr.capacite.domain.logbook.Approach;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.shared.FrenchText;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a logbook exported by La Coop de la médiation numérique (or by Capacité, which writes the
 * same columns then its own): each line becomes an entry's facts, or a problem with its line
 * number. Columns are found by their names, accents, apostrophes and case aside; the separator is
 * the one the header line uses. La Coop records neither "done with or for" nor the autonomy before,
 * nor an outcome other than a referral: those stay not recorded ({@link PracticeEntry#imported});
 * Capacité's own columns fill them when present.
 */
public final class LogbookImport {

  /** The largest file read (a busy mediator's ten years, as the export writes at most). */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  /** One line read: its facts and its place of activity (one of the mediator's, or none). */
  public record Row(int line, PracticeEntry.Facts facts, Long siteId) implements Serializable {}

  /** A line refused: its number, why (a message key) and the value at fault. */
  public record Problem(int line, String key, String value) implements Serializable {}

  public record Parsed(List<Row> rows, List<Problem> problems) implements Serializable {}

  private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LogbookImport() {}

  /**
   * Reads the file's lines against the mediator's places of activity (their names). Refuses the
   * whole file (a problem at line 0) when it is not a logbook: no header with the date, type,
   * themes and length.
   */
  public static Parsed read(String csv, List<LogbookService.SiteView> sites, LocalDate today) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    String first = text.lines().findFirst().orElse("");
    char separator =
        first.chars().filter(ch -> ch == ';').count()
                >= first.chars().filter(ch -> ch == ',').count()
            ? ';'
            : ',';
    List<CSVRecord> records;
    try (StringReader in = new StringReader(text)) {
      records =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(separator)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(in)
              .getRecords();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return new Parsed(List.of(), List.of(new Problem(0, "logbook.import.unreadable", "")));
    }
    if (records.isEmpty()) {
      return new Parsed(List.of(), List.of(new Problem(0, "logbook.import.empty", "")));
    }
    Map<String, Integer> columns = new HashMap<>();
    CSVRecord header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(FrenchText.plain(header.get(i)), i);
    }
    Columns c = new Columns(columns);
    if (c.day < 0 || c.type < 0 || c.themes < 0 || c.minutes < 0) {
      return new Parsed(List.of(), List.of(new Problem(0, "logbook.import.notALogbook", "")));
    }
    Words words = new Words();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int line = (int) r.getRecordNumber();
      try {
        rows.add(row(line, r, c, words, sites, today));
      } catch (LineProblem p) {
        problems.add(new Problem(line, p.key, p.value));
      }
    }
    return new Parsed(rows, problems);
  }

  private static Row row(
      int line,
      CSVRecord r,
      Columns c,
      Words words,
      List<LogbookService.SiteView> sites,
      LocalDate today) {
    LocalDate day = day(cell(r, c.day));
    LogKind kind = kind(cell(r, c.type));
    Set<LogTheme> themes = words.themes(cell(r, c.themes));
    if (themes.isEmpty()) {
      throw new LineProblem("logbook.themeRequired", cell(r, c.themes));
    }
    if (kind == LogKind.ADMINISTRATIVE) {
      themes.add(LogTheme.PROCEDURES);
    }
    if (themes.stream().anyMatch(LogTheme::administrative)) {
      themes.add(LogTheme.PROCEDURES); // La Coop's administrative domains go with the procedure
    }
    int minutes = number(cell(r, c.minutes), "logbook.minutes");
    int participants =
        kind.individual() || cell(r, c.participants).isEmpty()
            ? 1
            : number(cell(r, c.participants), "logbook.participants");
    String siteName = unformula(cell(r, c.site));
    Long siteId = null;
    if (!siteName.isEmpty()) {
      siteId =
          sites.stream()
              .filter(s -> FrenchText.plain(s.name()).equals(FrenchText.plain(siteName)))
              .map(LogbookService.SiteView::id)
              .findFirst()
              .orElseThrow(() -> new LineProblem("logbook.import.unknownSite", siteName));
    }
    PlaceKind place = place(cell(r, c.channel), siteId != null);
    if (place == PlaceKind.ACTIVITY_SITE && siteId == null) {
      throw new LineProblem("logbook.site.required", "");
    }
    Autonomy after = words.autonomy(cell(r, c.after));
    if (after == null) {
      after = words.autonomy(cell(r, c.level));
    }
    LogOutcome outcome = words.outcome(cell(r, c.outcome));
    if (outcome == null) {
      outcome =
          FrenchText.plain(cell(r, c.referred)).startsWith("oui")
              ? LogOutcome.REFERRED
              : LogOutcome.NOT_RECORDED;
    }
    PracticeEntry.Facts facts =
        new PracticeEntry.Facts(
            day,
            kind,
            themes,
            minutes,
            participants,
            place,
            kind.individual() ? words.approach(cell(r, c.approach)) : null,
            kind.individual() ? words.autonomy(cell(r, c.before)) : null,
            kind.individual() ? after : null,
            outcome,
            kind.individual() ? emptyToNull(unformula(cell(r, c.code))) : null,
            emptyToNull(unformula(cell(r, c.note))));
    // The entity's own rules, as the import will apply them (a line refused here is not written).
    try {
      PracticeEntry.imported(null, facts, today, java.time.Instant.EPOCH);
    } catch (IllegalArgumentException e) {
      throw new LineProblem(e.getMessage(), "");
    }
    return new Row(line, facts, siteId);
  }

  /** The columns by their names in La Coop's export and Capacité's (−1: absent). */
  private static final class Columns {
    final int day;
    final int type;
    final int participants;
    final int channel;
    final int site;
    final int minutes;
    final int themes;
    final int level;
    final int referred;
    final int note;
    final int approach;
    final int before;
    final int after;
    final int outcome;
    final int code;

    Columns(Map<String, Integer> c) {
      day = c.getOrDefault("date", -1);
      type = c.getOrDefault("type", -1);
      participants = c.getOrDefault("nombre de participants", -1);
      channel = c.getOrDefault("canaux d'accompagnement", -1);
      site = c.getOrDefault("lieu", -1);
      minutes = c.getOrDefault("duree (min)", c.getOrDefault("duree", -1));
      themes = c.getOrDefault("thematique(s) d'accompagnement", c.getOrDefault("thematiques", -1));
      level = c.getOrDefault("niveau d'autonomie (ou de l'atelier)", -1);
      referred = c.getOrDefault("beneficiaire reoriente", -1);
      note = c.getOrDefault("notes supplementaires", -1);
      approach = c.getOrDefault("fait avec ou pour la personne", -1);
      before = c.getOrDefault("autonomie avant", -1);
      after = c.getOrDefault("autonomie apres", -1);
      outcome = c.getOrDefault("resultat", -1);
      code = c.getOrDefault("code de suivi", -1);
    }
  }

  /** The French words of the application's bundle, and La Coop's API values, read back. */
  private static final class Words {
    private final ResourceBundle b =
        ResourceBundle.getBundle("fr.capacite.i18n.Messages", Locale.FRENCH);

    /**
     * The themes of a cell, one per line or separated by commas or semicolons; labels that hold a
     * comma themselves ("Papiers, élections, citoyenneté") are matched first, the longest first, so
     * that "Social, santé" is not read as "Santé".
     */
    Set<LogTheme> themes(String cell) {
      String rest = ", " + FrenchText.plain(cell).replaceAll("\\s*[\\n\\r;,]+\\s*", ", ") + ", ";
      Set<LogTheme> out = EnumSet.noneOf(LogTheme.class);
      List<Map.Entry<String, LogTheme>> names = new ArrayList<>();
      for (LogTheme t : LogTheme.values()) {
        names.add(Map.entry(FrenchText.plain(b.getString("LogTheme." + t.name())), t));
        names.add(Map.entry(t.coopValue(), t));
      }
      names.sort((x, y) -> y.getKey().length() - x.getKey().length());
      for (Map.Entry<String, LogTheme> n : names) {
        String needle = ", " + n.getKey().replaceAll("\\s*[;,]+\\s*", ", ") + ", ";
        if (rest.contains(needle)) {
          out.add(n.getValue());
          rest = rest.replace(needle, ", ");
        }
      }
      return out;
    }

    Autonomy autonomy(String cell) {
      String t = FrenchText.plain(cell);
      if (t.isEmpty()) {
        return null;
      }
      if (t.matches("[123]/3")) {
        return Autonomy.values()[t.charAt(0) - '1'];
      }
      for (Autonomy a : Autonomy.values()) {
        if (t.equals(FrenchText.plain(b.getString("Autonomy." + a.name())))
            || t.equals(a.coopValue())) {
          return a;
        }
      }
      if (t.startsWith("entierement")) {
        return Autonomy.GUIDED;
      }
      if (t.startsWith("partiellement")) {
        return Autonomy.PARTLY;
      }
      throw new LineProblem("logbook.import.autonomy", cell);
    }

    Approach approach(String cell) {
      String t = FrenchText.plain(cell);
      if (t.isEmpty()) {
        return null;
      }
      for (Approach a : Approach.values()) {
        if (t.equals(FrenchText.plain(b.getString("Approach." + a.name())))) {
          return a;
        }
      }
      if (t.startsWith("fait avec") || t.equals("avec")) {
        return Approach.WITH;
      }
      if (t.startsWith("fait pour") || t.equals("pour")) {
        return Approach.FOR;
      }
      throw new LineProblem("logbook.import.approach", cell);
    }

    LogOutcome outcome(String cell) {
      String t = FrenchText.plain(cell);
      if (t.isEmpty()) {
        return null;
      }
      for (LogOutcome o : LogOutcome.values()) {
        if (t.equals(FrenchText.plain(b.getString("LogOutcome." + o.name())))) {
          return o;
        }
      }
      throw new LineProblem("logbook.import.outcome", cell);
    }
  }

  private static LocalDate day(String cell) {
    try {
      return cell.contains("/")
          ? LocalDate.parse(cell, FRENCH_DAY)
          : LocalDate.parse(cell.length() > 10 ? cell.substring(0, 10) : cell);
    } catch (DateTimeParseException e) {
      throw new LineProblem("logbook.import.day", cell);
    }
  }

  /** La Coop's types: individual, collective workshop, administrative procedure (older files). */
  private static LogKind kind(String cell) {
    String t = FrenchText.plain(cell);
    if (t.contains("atelier") || t.contains("collectif")) {
      return LogKind.COLLECTIVE;
    }
    if (t.contains("demarche")) {
      return LogKind.ADMINISTRATIVE;
    }
    if (t.contains("individuel")) {
      return LogKind.INDIVIDUAL;
    }
    throw new LineProblem("logbook.import.type", cell);
  }

  private static PlaceKind place(String cell, boolean atSite) {
    String t = FrenchText.plain(cell);
    if (t.isEmpty()) {
      return atSite ? PlaceKind.ACTIVITY_SITE : PlaceKind.OTHER;
    }
    if (t.contains("domicile")) {
      return PlaceKind.HOME;
    }
    if (t.contains("distance") || t.contains("telephone") || t.contains("visio")) {
      return PlaceKind.REMOTE;
    }
    if (t.startsWith("lieu d'activite") || t.equals("lieu_activite")) {
      return PlaceKind.ACTIVITY_SITE;
    }
    return PlaceKind.OTHER;
  }

  private static int number(String cell, String key) {
    try {
      return Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw new LineProblem(key, cell);
    }
  }

  private static String cell(CSVRecord r, int column) {
    return column < 0 || column >= r.size() ? "" : r.get(column).strip();
  }

  /** A cell the export wrote so that no spreadsheet reads it as a formula ('=…), read back. */
  private static String unformula(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** A line's problem, caught by {@link #read}. */
  private static final class LineProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final String value;

    LineProblem(String key, String value) {
      super(key, null, false, false);
      this.key = key;
      this.value = value;
    }
  }
}
