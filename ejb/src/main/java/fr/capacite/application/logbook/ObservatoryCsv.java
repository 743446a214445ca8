package fr.capacite.application.logbook;

import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.organisation.Territory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The observatory's figures as open data: one row per figure (territory, period, indicator, its
 * modality, value), UTF-8 and commas as the French open-data guidelines (Etalab) ask, codes rather
 * than words (La Coop's API values for themes), and a withheld figure as an empty value with its
 * reason, never the small number itself.
 */
public final class ObservatoryCsv {

  public static final String[] HEADERS = {
    "territoire", "code_insee", "niveau", "debut", "fin", "indicateur", "modalite", "valeur", "note"
  };

  private ObservatoryCsv() {}

  public static String write(LogbookFigures.Figures f) {
    LogbookFigures.Scope s = f.scope();
    String level =
        s.department() != null ? "departement" : s.region() != null ? "region" : "france";
    String code = s.department() != null ? s.department() : s.region() != null ? s.region() : "";
    String name =
        s.department() != null
            ? Territory.department(s.department()).map(Territory.Department::name).orElse("")
            : s.region() != null
                ? Territory.region(s.region()).map(Territory.Region::name).orElse("")
                : "France";
    return write(f, name, code, level);
  }

  /**
   * A structure's figures (its mediators who share), in the same columns: the structure's name, no
   * INSEE code, the level "structure".
   */
  public static String write(PracticeSharingService.Report r) {
    return write(r.figures(), r.organisation(), "", "structure");
  }

  private static String write(LogbookFigures.Figures f, String name, String code, String level) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(HEADERS).setRecordSeparator("\n").get())) {
      Row row =
          (indicator, modality, value, withheld) -> {
            p.printRecord(
                name,
                code,
                level,
                f.from().toString(),
                f.to().toString(),
                indicator,
                modality,
                withheld ? "" : value,
                withheld ? "moins de " + LogbookFigures.THRESHOLD + " accompagnements" : "");
          };
      count(row, "accompagnements", "", f.entries());
      count(row, "personnes_accompagnees", "", f.people());
      count(row, "mediateurs", "", f.mediators());
      for (LogKind k : LogKind.values()) {
        LogbookFigures.Count c = f.kinds().get(k);
        if (c != null) {
          count(row, "accompagnements_par_type", kindCode(k), c);
        }
      }
      for (LogbookFigures.Demand d : f.demand()) {
        count(row, "demande_par_thematique", d.theme().coopValue(), d.entries());
        if (d.trendPercent() != null) {
          row.print("evolution_demande_pct", d.theme().coopValue(), d.trendPercent(), false);
        }
      }
      share(row, "part_autonomie_progresse_pct", "", f.autonomyRose());
      share(row, "part_fait_avec_pct", "", f.withPerson());
      share(row, "part_visites_moins_aide_pct", "", f.lessHelp());
      for (LogbookFigures.Month m : f.months()) {
        count(
            row, "accompagnements_individuels_par_mois", m.month().toString(), m.accompaniments());
        share(row, "part_fait_avec_par_mois_pct", m.month().toString(), m.withPerson());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** La Coop's words for its two kinds; the procedure, which La Coop files as a theme, apart. */
  static String kindCode(LogKind k) {
    return switch (k) {
      case INDIVIDUAL -> "individuel";
      case COLLECTIVE -> "collectif";
      case ADMINISTRATIVE -> "demarche_administrative";
    };
  }

  @FunctionalInterface
  private interface Row {
    void print(String indicator, String modality, Object value, boolean withheld)
        throws IOException;
  }

  private static void count(Row row, String indicator, String modality, LogbookFigures.Count c)
      throws IOException {
    row.print(indicator, modality, c.value(), !c.shown());
  }

  private static void share(Row row, String indicator, String modality, LogbookFigures.Share s)
      throws IOException {
    row.print(indicator, modality, s.percent(), !s.shown());
  }
}
