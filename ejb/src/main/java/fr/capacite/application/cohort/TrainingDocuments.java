package fr.capacite.application.cohort;

import fr.capacite.application.shared.ArchivalPdf;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The documents organisations and funders expect of a learner's training, written from the data as
 * PDF/A-2a tagged for PDF/UA-1 ({@link ArchivalPdf}), in French or English: the convocation to the
 * cohort, the certificate of completion with the hours attended (certificat de réalisation, which
 * serves as the attestation d'assiduité: every session and its status), and the end-of- training
 * attestation the Code du travail asks for (L6353-1: objectives, nature, length and the results of
 * the assessment).
 */
public final class TrainingDocuments {

  static final String BUNDLE = "fr.capacite.i18n.Messages";

  private TrainingDocuments() {}

  /** A session as the documents list it. */
  public record Session(LocalDate day, LocalTime start, LocalTime end, String place, String status)
      implements Serializable {

    public double hours() {
      return java.time.Duration.between(start, end).toMinutes() / 60.0;
    }
  }

  /** A block the cohort prepares, and what the jury decided of it for the learner (or null). */
  public record BlockOutcome(String code, String title, Boolean acquired, LocalDate decidedOn)
      implements Serializable {}

  /** What the documents say, gathered by {@link TrainingDocumentService}. */
  public record Facts(
      String learner,
      String organisation,
      String siret,
      String nda,
      String cohort,
      String certification,
      String rncp,
      String modality,
      String place,
      String address,
      String contact,
      LocalDate start,
      LocalDate end,
      int plannedHours,
      int placementHours,
      Session first,
      List<Session> attended,
      double hoursAttended,
      List<BlockOutcome> blocks,
      LocalDate issuedOn)
      implements Serializable {}

  /** The convocation to the cohort: when and where the training starts, and whom to ask. */
  public static byte[] convocation(Facts f, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Document d = ArchivalPdf.document(b.getString("documents.convocation.title"), locale);
    Element body = d.body();
    ArchivalPdf.paragraph(body, f.learner(), "person");
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "documents.convocation.text",
            f.organisation(),
            f.cohort(),
            f.certification()),
        "lead");
    if (f.first() != null) {
      ArchivalPdf.paragraph(
          body,
          format(
              b,
              locale,
              "documents.convocation.first",
              day(f.first().day(), locale),
              time(f.first().start(), locale),
              time(f.first().end(), locale)),
          null);
    }
    ArchivalPdf.paragraph(
        body,
        f.address() == null
            ? b.getString("documents.remote")
            : format(b, locale, "documents.convocation.place", f.place(), f.address()),
        null);
    ArchivalPdf.paragraph(
        body,
        format(b, locale, "documents.period", day(f.start(), locale), day(f.end(), locale)),
        null);
    ArchivalPdf.paragraph(body, b.getString("documents.convocation.bring"), null);
    if (f.contact() != null) {
      ArchivalPdf.paragraph(body, format(b, locale, "documents.contact", f.contact()), null);
    }
    issuer(body, f, b, locale);
    return ArchivalPdf.render(d);
  }

  /**
   * The certificate of completion (certificat de réalisation): the action, its nature, its dates,
   * the hours attended of the hours planned, and every session with its certified status.
   */
  public static byte[] completionCertificate(Facts f, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Document d = ArchivalPdf.document(b.getString("documents.certificate.title"), locale);
    Element body = d.body();
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "documents.certificate.text",
            f.organisation(),
            f.nda() == null ? "—" : f.nda(),
            f.learner(),
            f.cohort(),
            day(f.start(), locale),
            day(f.end(), locale)),
        "lead");
    natureAndHours(body, f, b, locale, "person");
    Element t =
        ArchivalPdf.table(
            body,
            b.getString("documents.sessions.caption"),
            b.getString("documents.sessions.day"),
            b.getString("documents.sessions.time"),
            b.getString("documents.sessions.hours"),
            b.getString("documents.sessions.status"));
    for (Session s : f.attended()) {
      ArchivalPdf.row(
          t,
          day(s.day(), locale),
          time(s.start(), locale) + " – " + time(s.end(), locale),
          hours(s.hours(), locale),
          s.status());
    }
    if (f.attended().isEmpty()) {
      ArchivalPdf.row(t, b.getString("documents.sessions.none"), "", "", "");
    }
    issuer(body, f, b, locale);
    return ArchivalPdf.render(d);
  }

  /**
   * The end-of-training attestation (Code du travail, L6353-1): objectives, nature and length of
   * the action, and the results of the assessment, block by block.
   */
  public static byte[] endOfTraining(Facts f, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    Document d = ArchivalPdf.document(b.getString("documents.end.title"), locale);
    Element body = d.body();
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "documents.end.text",
            f.organisation(),
            f.learner(),
            f.cohort(),
            day(f.start(), locale),
            day(f.end(), locale)),
        "lead");
    body.appendElement("h2").text(b.getString("documents.end.objectives"));
    ArchivalPdf.paragraph(
        body, format(b, locale, "documents.end.objectivesText", f.certification()), null);
    body.appendElement("h2").text(b.getString("documents.end.natureTitle"));
    natureAndHours(body, f, b, locale, null);
    if (f.placementHours() > 0) {
      ArchivalPdf.paragraph(
          body, format(b, locale, "documents.placement", f.placementHours()), null);
    }
    body.appendElement("h2").text(b.getString("documents.end.results"));
    Element t =
        ArchivalPdf.table(
            body, null, b.getString("documents.end.block"), b.getString("documents.end.result"));
    for (BlockOutcome o : f.blocks()) {
      String result =
          o.acquired() == null
              ? b.getString("documents.end.notYet")
              : format(
                  b,
                  locale,
                  o.acquired() ? "documents.end.acquired" : "documents.end.notAcquired",
                  day(o.decidedOn(), locale));
      ArchivalPdf.row(
          t,
          o.title() == null || o.title().isBlank() ? o.code() : o.code() + " – " + o.title(),
          result);
    }
    issuer(body, f, b, locale);
    return ArchivalPdf.render(d);
  }

  /** Who issues the document, and when. */
  private static void issuer(Element body, Facts f, ResourceBundle b, Locale locale) {
    ArchivalPdf.paragraph(
        body,
        format(
            b,
            locale,
            "documents.issuer",
            f.organisation(),
            f.siret(),
            f.nda() == null ? "—" : f.nda(),
            day(f.issuedOn(), locale)),
        "small");
  }

  private static String rncp(Facts f, ResourceBundle b) {
    return f.rncp() == null ? b.getString("documents.noRncp") : f.rncp();
  }

  private static String format(ResourceBundle b, Locale locale, String key, Object... args) {
    return new MessageFormat(b.getString(key), locale).format(args);
  }

  static String day(LocalDate d, Locale locale) {
    return d == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale)
            .format(d);
  }

  static String time(LocalTime t, Locale locale) {
    return DateTimeFormatter.ofPattern("HH:mm", locale).format(t);
  }

  /**
   * The nature of the action (the certification it prepares) and the hours attended of those
   * planned, as both the certificate and the attestation state them.
   */
  private static void natureAndHours(
      Element body, Facts f, ResourceBundle b, Locale locale, String hoursClass) {
    ArchivalPdf.paragraph(
        body, format(b, locale, "documents.nature", f.certification(), rncp(f, b)), null);
    ArchivalPdf.paragraph(
        body,
        format(b, locale, "documents.hours", hours(f.hoursAttended(), locale), f.plannedHours()),
        hoursClass);
  }

  static String hours(double h, Locale locale) {
    java.text.NumberFormat n = java.text.NumberFormat.getNumberInstance(locale);
    n.setMaximumFractionDigits(2);
    return n.format(h);
  }
}
