package fr.capacite.application.jury;

import fr.capacite.application.shared.ArchivalPdf;
import fr.capacite.application.shared.SpreadsheetCsv;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.shared.FrenchTime;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The session's documents: the PV, each candidate's fiche individuelle de résultats, the livret de
 * certification after a partial success (OpenPDF), and the results CSV for the Ministry.
 */
public final class JuryDocuments {

  private static final ZoneId ZONE = FrenchTime.ZONE;

  private JuryDocuments() {}

  /**
   * One row per candidate and block: version, block code, decision, date (ISO, for the Ministry's
   * import). ';'-separated: it opens by double-click in a French spreadsheet.
   */
  static String ministryCsv(PvView pv, List<ExamCandidate> candidates) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(
            out,
            CSVFormat.Builder.create(SpreadsheetCsv.format(Locale.FRENCH))
                .setHeader(
                    "session",
                    "candidat_identifiant",
                    "candidat_nom",
                    "modalite",
                    "version",
                    "bloc",
                    "decision",
                    "date")
                .get())) {
      for (PvView.CandidateResult r : pv.candidates()) {
        String username =
            candidates.stream()
                .filter(c -> c.getId() == r.candidateId())
                .map(c -> c.getLearner().getUsername())
                .findFirst()
                .orElse("");
        for (PvView.BlockOutcome b : r.blocks()) {
          p.printRecord(
              pv.sessionId(),
              SpreadsheetCsv.text(username),
              SpreadsheetCsv.text(r.name()),
              r.modality(),
              pv.versionCode(),
              b.code(),
              b.acquired() == null ? "" : b.acquired() ? "ACQUIS" : "NON_ACQUIS",
              pv.day());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The PV: session, jury and signatures, every candidate's decisions and modality, amendments. */
  public static byte[] pvPdf(PvView pv, Locale locale) {
    ResourceBundle b = bundle(locale);
    Document d = ArchivalPdf.document(b.getString("jury.pdf.pv.title"), locale);
    Element body = d.body();
    header(body, pv, b, locale);
    body.appendElement("h2").text(b.getString("jury.pdf.jury"));
    Element jury =
        ArchivalPdf.table(body, null, b.getString("jury.juror"), b.getString("jury.pdf.signedAt"));
    for (PvView.Signer s : pv.jury()) {
      ArchivalPdf.row(
          jury,
          s.name(),
          s.signedAt() == null ? b.getString("jury.pdf.notSigned") : moment(s.signedAt(), locale));
    }
    body.appendElement("h2").text(b.getString("jury.candidates"));
    List<String> headers = new ArrayList<>();
    headers.add(b.getString("jury.candidate"));
    headers.add(b.getString("jury.session.modality"));
    headers.addAll(pv.blockCodes());
    headers.add(b.getString("jury.pdf.title"));
    Element t = ArchivalPdf.table(body, null, headers.toArray(new String[0]));
    for (PvView.CandidateResult r : pv.candidates()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.name());
      cells.add(b.getString("ExamModality." + r.modality()));
      r.blocks().forEach(o -> cells.add(decision(o, b) + (o.amended() ? " *" : "")));
      cells.add(r.titleGranted() ? b.getString("jury.pdf.granted") : "—");
      ArchivalPdf.row(t, cells.toArray(new String[0]));
    }
    if (pv.candidates().stream().anyMatch(r -> !r.heldBefore().isEmpty())) {
      body.appendElement("h2").text(b.getString("jury.pdf.heldBefore"));
      for (PvView.CandidateResult r : pv.candidates()) {
        if (!r.heldBefore().isEmpty()) {
          ArchivalPdf.paragraph(
              body, r.name() + " : " + grounds(r.heldBefore(), b, locale), "small");
        }
      }
    }
    if (!pv.amendments().isEmpty()) {
      body.appendElement("h2").text(b.getString("jury.pv.amendments"));
      for (PvView.AmendmentView a : pv.amendments()) {
        ArchivalPdf.paragraph(
            body,
            "* "
                + a.candidateName()
                + ", "
                + a.blockCode()
                + " : "
                + (a.oldAcquired()
                    ? b.getString("jury.sheet.acquired")
                    : b.getString("jury.sheet.notAcquired"))
                + " → "
                + (a.newAcquired()
                    ? b.getString("jury.sheet.acquired")
                    : b.getString("jury.sheet.notAcquired"))
                + " — "
                + a.reason()
                + " ("
                + a.by()
                + ", "
                + moment(a.at(), locale)
                + ")",
            "small");
      }
    }
    record(body, pv, b, locale);
    if (pv.sealed() != null) {
      ArchivalPdf.paragraph(
          body,
          MessageFormat.format(b.getString("jury.pdf.pvVerify"), pv.sealed().code()),
          "small");
      ArchivalPdf.checkCode(body, checkUrl(pv.sealed().code()), b.getString("jury.pdf.qrAlt"));
    }
    return ArchivalPdf.render(d);
  }

  /**
   * The fiche individuelle de résultats, or the livret de certification after a partial success.
   */
  public static byte[] resultPdf(
      PvView pv, PvView.CandidateResult r, boolean livret, Locale locale) {
    ResourceBundle b = bundle(locale);
    Document d =
        ArchivalPdf.document(
            b.getString(livret ? "jury.pdf.livret.title" : "jury.pdf.result.title"), locale);
    Element body = d.body();
    ArchivalPdf.paragraph(body, r.name(), "person");
    header(body, pv, b, locale);
    Element t =
        ArchivalPdf.table(
            body,
            null,
            b.getString("jury.session.blocks"),
            b.getString("jury.deliberation.decision"),
            b.getString("jury.pdf.reason"));
    for (PvView.BlockOutcome o : r.blocks()) {
      ArchivalPdf.row(t, o.code(), decision(o, b), o.reason() == null ? "" : o.reason());
    }
    ArchivalPdf.paragraph(
        body,
        r.titleGranted()
            ? b.getString("jury.pdf.titleGranted")
            : b.getString(livret ? "jury.pdf.livret.text" : "jury.pdf.titleNotYet"),
        null);
    if (!r.heldBefore().isEmpty()) {
      ArchivalPdf.paragraph(
          body,
          b.getString("jury.pdf.heldBefore") + " : " + grounds(r.heldBefore(), b, locale) + ".",
          "small");
    }
    record(body, pv, b, locale);
    ArchivalPdf.paragraph(
        body, MessageFormat.format(b.getString("jury.pdf.verify"), r.verificationCode()), "small");
    if (r.verificationCode() != null) {
      ArchivalPdf.checkCode(body, checkUrl(r.verificationCode()), b.getString("jury.pdf.qrAlt"));
    }
    return ArchivalPdf.render(d);
  }

  private static String checkUrl(String code) {
    String base = System.getProperty("capacite.url", "http://localhost:8080/");
    return (base.endsWith("/") ? base : base + "/") + "verify.xhtml?code=" + code;
  }

  private static String moment(java.time.Instant at, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(ZONE)
        .format(at);
  }

  /** Where the content comes from: the stored record, its revision and hash (R9). */
  private static void record(Element body, PvView pv, ResourceBundle b, Locale locale) {
    if (pv.sealed() == null) {
      return;
    }
    ArchivalPdf.paragraph(
        body,
        MessageFormat.format(
            b.getString("jury.pdf.record"),
            pv.sealed().revision(),
            moment(pv.sealed().recordedAt(), locale),
            pv.sealed().hash()),
        "small hash");
  }

  /** The blocks held before the session and on what ground (R7). */
  public static String grounds(
      List<fr.capacite.domain.jury.PvContent.Ground> held, ResourceBundle b, Locale locale) {
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    return String.join(
        ", ",
        held.stream()
            .map(
                g ->
                    g.byEquivalence()
                        ? MessageFormat.format(
                            b.getString("jury.pdf.groundEquivalence"),
                            g.blockCode(),
                            g.fromVersion(),
                            g.fromBlock(),
                            day.format(g.acquiredOn()))
                        : MessageFormat.format(
                            b.getString("jury.pdf.ground"),
                            g.blockCode(),
                            day.format(g.acquiredOn())))
            .toList());
  }

  private static String decision(PvView.BlockOutcome o, ResourceBundle b) {
    return o.acquired() == null
        ? "—"
        : o.acquired() ? b.getString("jury.sheet.acquired") : b.getString("jury.sheet.notAcquired");
  }

  private static void header(Element body, PvView pv, ResourceBundle b, Locale locale) {
    ArchivalPdf.paragraph(
        body,
        pv.versionTitle() + " (" + pv.versionCode() + ") — " + String.join(", ", pv.blockCodes()),
        "lead");
    ArchivalPdf.paragraph(
        body,
        pv.title()
            + " — "
            + pv.day()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
        "lead");
    ArchivalPdf.paragraph(
        body,
        pv.centreName()
            + " ("
            + pv.siteName()
            + ") — "
            + b.getString("ExamModality." + pv.modality()),
        "lead");
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale);
  }
}
