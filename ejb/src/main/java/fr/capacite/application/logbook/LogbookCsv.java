package fr.capacite.application.logbook;

import fr.capacite.application.shared.SpreadsheetCsv;
import fr.capacite.domain.logbook.Autonomy;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogOutcome;
import fr.capacite.domain.logbook.PracticeEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVPrinter;

/**
 * A logbook as La Coop de la médiation numérique exports its activities: its columns in its order
 * and its French words (so that its users read the file as their own, and an import can map it
 * back), then the columns Capacité adds (done with or for, autonomy before and after, the outcome,
 * the follow-up code). The person's own columns of La Coop (commune, gender, age, status) stay
 * empty: Capacité keeps nothing about the person.
 */
public final class LogbookCsv {

  /** La Coop's columns, in its order, then Capacité's. */
  public static final List<String> HEADERS =
      List.of(
          "Date",
          "Type",
          "Nombre de participants",
          "Bénéficiaire",
          "Canaux d’accompagnement",
          "Lieu",
          "Durée (min)",
          "Nom de l’atelier",
          "Matériel numérique utilisé",
          "Thématique(s) d’accompagnement",
          "Tags",
          "Nom de la démarche administrative",
          "Niveau d’autonomie (ou de l’atelier)",
          "Bénéficiaire réorienté",
          "Structure de redirection",
          "Commune de résidence du bénéficiaire",
          "Genre du bénéficiaire",
          "Tranche d’âge du bénéficiaire",
          "Statut du bénéficiaire",
          "Notes supplémentaires",
          "Fait avec ou pour la personne",
          "Autonomie avant",
          "Autonomie après",
          "Résultat",
          "Code de suivi",
          "Compétences illustrées");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LogbookCsv() {}

  public static String write(List<LogbookService.EntryView> entries) {
    ResourceBundle b = ResourceBundle.getBundle("fr.capacite.i18n.Messages", Locale.FRENCH);
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, SpreadsheetCsv.format(Locale.FRENCH))) {
      p.printRecord(HEADERS);
      for (LogbookService.EntryView v : entries) {
        PracticeEntry.Facts f = v.facts();
        p.printRecord(
            f.day().format(DAY),
            f.kind() == LogKind.COLLECTIVE ? "Atelier collectif" : "Accompagnement individuel",
            f.participants(),
            "",
            b.getString("PlaceKind." + f.place().name()),
            SpreadsheetCsv.text(v.siteName()),
            f.minutes(),
            "",
            "",
            String.join(
                "\n", f.themes().stream().map(t -> b.getString("LogTheme." + t.name())).toList()),
            "",
            "",
            stars(f.autonomyAfter()),
            f.outcome() == LogOutcome.REFERRED ? "Oui" : "Non",
            "",
            "",
            "",
            "",
            "",
            SpreadsheetCsv.text(f.note()),
            f.approach() == null ? "" : b.getString("Approach." + f.approach().name()),
            f.autonomyBefore() == null ? "" : b.getString("Autonomy." + f.autonomyBefore().name()),
            f.autonomyAfter() == null ? "" : b.getString("Autonomy." + f.autonomyAfter().name()),
            b.getString("LogOutcome." + f.outcome().name()),
            SpreadsheetCsv.text(f.followUpCode()),
            String.join(
                ", ",
                v.competences().stream().map(LogbookService.CompetenceChoice::code).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SpreadsheetCsv.BOM + out;
  }

  /** La Coop writes the autonomy as stars out of three. */
  static String stars(Autonomy a) {
    return a == null ? "" : a.level() + "/" + Autonomy.values().length;
  }
}
