package fr.capacite.application.jury;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.capacite.application.shared.SpreadsheetCsv;
import fr.capacite.domain.jury.ExamCandidate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The session's documents: the PV, each candidate's fiche individuelle de résultats, the livret de
 * certification after a partial success (OpenPDF), and the results CSV for the Ministry.
 */
public final class JuryDocuments {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

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
    return pdf(
        doc -> {
          doc.add(title(b.getString("jury.pdf.pv.title")));
          doc.add(header(pv, b, locale));
          doc.add(heading(b.getString("jury.pdf.jury")));
          PdfPTable jury = table(2);
          cells(jury, b.getString("jury.juror"), b.getString("jury.pdf.signedAt"));
          for (PvView.Signer s : pv.jury()) {
            cells(
                jury,
                s.name(),
                s.signedAt() == null
                    ? b.getString("jury.pdf.notSigned")
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .withZone(ZONE)
                        .format(s.signedAt()));
          }
          doc.add(jury);
          doc.add(heading(b.getString("jury.candidates")));
          PdfPTable t = table(2 + pv.blockCodes().size() + 1);
          cells(t, b.getString("jury.candidate"), b.getString("jury.session.modality"));
          pv.blockCodes().forEach(code -> cells(t, code));
          cells(t, b.getString("jury.pdf.title"));
          for (PvView.CandidateResult r : pv.candidates()) {
            cells(t, r.name(), b.getString("ExamModality." + r.modality()));
            for (PvView.BlockOutcome o : r.blocks()) {
              cells(t, decision(o, b) + (o.amended() ? " *" : ""));
            }
            cells(t, r.titleGranted() ? b.getString("jury.pdf.granted") : "—");
          }
          doc.add(t);
          if (pv.candidates().stream().anyMatch(r -> !r.heldBefore().isEmpty())) {
            doc.add(heading(b.getString("jury.pdf.heldBefore")));
            for (PvView.CandidateResult r : pv.candidates()) {
              if (!r.heldBefore().isEmpty()) {
                doc.add(small(r.name() + " : " + grounds(r.heldBefore(), b, locale)));
              }
            }
          }
          if (!pv.amendments().isEmpty()) {
            doc.add(heading(b.getString("jury.pv.amendments")));
            for (PvView.AmendmentView a : pv.amendments()) {
              doc.add(
                  new Paragraph(
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
                          + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                              .withLocale(locale)
                              .withZone(ZONE)
                              .format(a.at())
                          + ")",
                      FontFactory.getFont(FontFactory.HELVETICA, 9)));
            }
          }
          record(doc, pv, b, locale);
          if (pv.sealed() != null) {
            doc.add(
                small(MessageFormat.format(b.getString("jury.pdf.pvVerify"), pv.sealed().code())));
            checkCode(doc, pv.sealed().code());
          }
        });
  }

  /**
   * The fiche individuelle de résultats, or the livret de certification after a partial success.
   */
  public static byte[] resultPdf(
      PvView pv, PvView.CandidateResult r, boolean livret, Locale locale) {
    ResourceBundle b = bundle(locale);
    return pdf(
        doc -> {
          doc.add(title(b.getString(livret ? "jury.pdf.livret.title" : "jury.pdf.result.title")));
          doc.add(new Paragraph(r.name(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
          doc.add(header(pv, b, locale));
          PdfPTable t = table(3);
          cells(
              t,
              b.getString("jury.session.blocks"),
              b.getString("jury.deliberation.decision"),
              b.getString("jury.pdf.reason"));
          for (PvView.BlockOutcome o : r.blocks()) {
            cells(t, o.code(), decision(o, b), o.reason() == null ? "" : o.reason());
          }
          doc.add(t);
          doc.add(
              new Paragraph(
                  r.titleGranted()
                      ? b.getString("jury.pdf.titleGranted")
                      : b.getString(livret ? "jury.pdf.livret.text" : "jury.pdf.titleNotYet")));
          if (!r.heldBefore().isEmpty()) {
            doc.add(
                small(
                    b.getString("jury.pdf.heldBefore")
                        + " : "
                        + grounds(r.heldBefore(), b, locale)
                        + "."));
          }
          record(doc, pv, b, locale);
          doc.add(
              new Paragraph(
                  MessageFormat.format(b.getString("jury.pdf.verify"), r.verificationCode()),
                  FontFactory.getFont(FontFactory.HELVETICA, 9)));
          if (r.verificationCode() != null) {
            checkCode(doc, r.verificationCode());
          }
        });
  }

  /** A Data Matrix of the public check address, readable by phone cameras, and the address. */
  private static void checkCode(Document doc, String code)
      throws DocumentException, java.io.UnsupportedEncodingException {
    String url =
        System.getProperty("capacite.url", "http://localhost:8080/") + "verify.xhtml?code=" + code;
    com.lowagie.text.pdf.BarcodeDatamatrix dm = new com.lowagie.text.pdf.BarcodeDatamatrix();
    dm.generate(url);
    com.lowagie.text.Image image = dm.createImage();
    image.scalePercent(300);
    doc.add(image);
    doc.add(new Paragraph(url, FontFactory.getFont(FontFactory.HELVETICA, 8)));
  }

  /** Where the content comes from: the stored record, its revision and hash (R9). */
  private static void record(Document doc, PvView pv, ResourceBundle b, Locale locale)
      throws DocumentException {
    if (pv.sealed() == null) {
      return;
    }
    doc.add(
        small(
            MessageFormat.format(
                b.getString("jury.pdf.record"),
                pv.sealed().revision(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .withZone(ZONE)
                    .format(pv.sealed().recordedAt()),
                pv.sealed().hash())));
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

  private static Paragraph small(String text) {
    Paragraph p = new Paragraph(text, FontFactory.getFont(FontFactory.HELVETICA, 9));
    p.setSpacingBefore(6);
    return p;
  }

  private static String decision(PvView.BlockOutcome o, ResourceBundle b) {
    return o.acquired() == null
        ? "—"
        : o.acquired() ? b.getString("jury.sheet.acquired") : b.getString("jury.sheet.notAcquired");
  }

  private static Paragraph header(PvView pv, ResourceBundle b, Locale locale) {
    Paragraph p =
        new Paragraph(
            pv.versionTitle()
                + " ("
                + pv.versionCode()
                + ") — "
                + String.join(", ", pv.blockCodes())
                + "\n"
                + pv.title()
                + " — "
                + pv.day()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))
                + "\n"
                + pv.centreName()
                + " ("
                + pv.siteName()
                + ") — "
                + b.getString("ExamModality." + pv.modality()),
            FontFactory.getFont(FontFactory.HELVETICA, 10));
    p.setSpacingAfter(10);
    return p;
  }

  private static Paragraph title(String text) {
    Paragraph p = new Paragraph(text, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16));
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(12);
    return p;
  }

  private static Paragraph heading(String text) {
    Paragraph p = new Paragraph(text, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12));
    p.setSpacingBefore(10);
    p.setSpacingAfter(6);
    return p;
  }

  private static PdfPTable table(int columns) {
    PdfPTable t = new PdfPTable(columns);
    t.setWidthPercentage(100);
    t.setHeaderRows(1);
    return t;
  }

  private static void cells(PdfPTable t, String... texts) {
    Font f = FontFactory.getFont(FontFactory.HELVETICA, 9);
    for (String s : texts) {
      PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, f));
      c.setPadding(4);
      t.addCell(c);
    }
  }

  private interface Body {
    void write(Document doc) throws DocumentException, java.io.UnsupportedEncodingException;
  }

  private static byte[] pdf(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(doc, out);
      doc.open();
      body.write(doc);
    } catch (DocumentException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("PDF not written", e);
    } finally {
      doc.close();
    }
    return out.toByteArray();
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale);
  }
}
