package fr.capacite.application.jury;

import fr.capacite.application.shared.ArchivalPdf;
import java.io.Serializable;
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
 * The convocation of a candidate to an exam session, written from the data as PDF/A-2a tagged for
 * PDF/UA-1 ({@link ArchivalPdf}), in French or English: the session and the title it awards, the
 * day and the place (or the remote sitting, R10), the blocks assessed, what to bring (an identity
 * document and the dossier professionnel the jury reads, R6), and whom to ask.
 */
public final class ExamConvocations {

  static final String BUNDLE = "fr.capacite.i18n.Messages";

  private ExamConvocations() {}

  /** A block the session assesses. */
  public record Block(String code, String title) implements Serializable {}

  /** What the convocation says, gathered by {@link ExamConvocationService}. */
  public record Facts(
      String candidate,
      String centre,
      String siret,
      String session,
      String certification,
      String rncp,
      LocalDate day,
      boolean remote,
      String place,
      String address,
      String contact,
      List<Block> blocks,
      LocalDate issuedOn)
      implements Serializable {}

  public static byte[] pdf(Facts f, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Document d = ArchivalPdf.document(b.getString("documents.exam.title"), locale);
    Element body = d.body();
    ArchivalPdf.paragraph(body, f.candidate(), "person");
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "documents.exam.text",
            f.centre(),
            f.session(),
            f.certification(),
            f.rncp() == null ? b.getString("documents.noRncp") : f.rncp()),
        "lead");
    ArchivalPdf.paragraph(
        body, format(b, locale, "documents.exam.day", day(f.day(), locale)), null);
    ArchivalPdf.paragraph(
        body,
        f.remote()
            ? b.getString("documents.exam.remote")
            : format(b, locale, "documents.convocation.place", f.place(), f.address()),
        null);
    body.appendElement("h2").text(b.getString("documents.exam.blocks"));
    Element t =
        ArchivalPdf.table(
            body,
            null,
            b.getString("documents.end.block"),
            b.getString("documents.exam.blockTitle"));
    for (Block blk : f.blocks()) {
      ArchivalPdf.row(t, blk.code(), blk.title());
    }
    ArchivalPdf.paragraph(body, b.getString("documents.exam.bring"), null);
    ArchivalPdf.paragraph(body, b.getString("documents.exam.accommodation"), null);
    if (f.contact() != null) {
      ArchivalPdf.paragraph(body, format(b, locale, "documents.contact", f.contact()), null);
    }
    ArchivalPdf.paragraph(
        body,
        format(
            b, locale, "documents.exam.issuer", f.centre(), f.siret(), day(f.issuedOn(), locale)),
        "small");
    return ArchivalPdf.render(d);
  }

  private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
    return new MessageFormat(b.getString(key), locale).format(args);
  }

  static String day(LocalDate d, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
        .withLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale)
        .format(d);
  }
}
