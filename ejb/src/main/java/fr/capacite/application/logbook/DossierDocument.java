package fr.capacite.application.logbook;

import fr.capacite.application.shared.ArchivalPdf;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The draft dossier professionnel as a document ({@link ArchivalPdf}: PDF/A-2a tagged for
 * PDF/UA-1): the title and the candidate, then block by block each competence written — the
 * accompaniments chosen as examples, as the logbook holds them, and the candidate's analysis of
 * their practice. Competences not written yet are listed at the end, so the reader sees what is
 * missing.
 */
public final class DossierDocument {

  static final String BUNDLE = "fr.capacite.i18n.Messages";

  private DossierDocument() {}

  public static byte[] render(DossierService.Dossier d, Locale locale) {
    return ArchivalPdf.render(document(d, locale));
  }

  /** The file's name: "dossier-professionnel-<date>.pdf" in the document's language. */
  public static String fileName(DossierService.Dossier d, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale).getString("dossier.pdf.file")
        + "-"
        + d.on()
        + ".pdf";
  }

  static Document document(DossierService.Dossier d, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Document doc = ArchivalPdf.document(b.getString("dossier.pdf.title"), locale);
    Element body = doc.body();
    ArchivalPdf.paragraph(body, d.author(), "person");
    ArchivalPdf.paragraph(
        body, format(b, locale, "dossier.pdf.certification", d.certification(), d.rncp()), "lead");
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "dossier.pdf.made",
            day(d.on(), locale),
            d.completeCount(),
            d.sections().size()),
        null);
    ArchivalPdf.paragraph(body, b.getString("dossier.pdf.draft"), "small");
    String block = null;
    for (DossierService.Section s : d.sections()) {
      if (!s.started()) {
        continue;
      }
      if (!s.competence().block().equals(block)) {
        block = s.competence().block();
        body.appendElement("h2").text(block + " — " + s.blockTitle());
      }
      section(body, s, b, locale);
    }
    List<DossierService.Section> missing =
        d.sections().stream().filter(s -> !s.complete()).toList();
    if (!missing.isEmpty()) {
      body.appendElement("h2").text(b.getString("dossier.pdf.missing"));
      Element list = body.appendElement("ul");
      for (DossierService.Section s : missing) {
        list.appendElement("li").text(s.competence().code() + " — " + s.competence().title());
      }
    }
    return doc;
  }

  private static void section(
      Element body, DossierService.Section s, ResourceBundle b, Locale locale) {
    body.appendElement("h3").text(s.competence().code() + " — " + s.competence().title());
    if (!s.examples().isEmpty()) {
      Element t =
          ArchivalPdf.table(
              body,
              format(b, locale, "dossier.pdf.examples", s.examples().size()),
              b.getString("dossier.pdf.col.day"),
              b.getString("dossier.pdf.col.what"),
              b.getString("dossier.pdf.col.how"),
              b.getString("dossier.pdf.col.outcome"));
      for (LogbookService.EntryView e : s.examples()) {
        var f = e.facts();
        String what =
            b.getString("LogKind." + f.kind().name())
                + " · "
                + String.join(
                    ", ",
                    f.themes().stream().map(x -> b.getString("LogTheme." + x.name())).toList())
                + " · "
                + format(b, locale, "dossier.pdf.minutes", f.minutes())
                + (f.kind().individual()
                    ? ""
                    : " · " + format(b, locale, "dossier.pdf.participants", f.participants()));
        String how =
            f.approach() == null
                ? ""
                : b.getString("Approach." + f.approach().name())
                    + " · "
                    + b.getString("Autonomy." + f.autonomyBefore().name())
                    + " → "
                    + b.getString("Autonomy." + f.autonomyAfter().name());
        ArchivalPdf.row(
            t,
            day(f.day(), locale),
            what + (f.note() == null ? "" : " — " + f.note()),
            how,
            b.getString("LogOutcome." + f.outcome().name()));
      }
    }
    if (s.reflection() != null) {
      body.appendElement("h4").text(b.getString("dossier.pdf.reflection"));
      // Paragraphs as the candidate wrote them (blank lines between).
      for (String p : s.reflection().split("\\R\\s*\\R")) {
        ArchivalPdf.paragraph(body, p.strip(), null);
      }
    }
  }

  private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
    return new MessageFormat(b.getString(key), locale).format(args);
  }

  private static String day(LocalDate d, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale)
        .format(d);
  }
}
