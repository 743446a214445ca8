package fr.capacite.application.path;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A credential as a one-page PDF (OpenPDF) with a QR code (zxing) of its public check page. The QR
 * is drawn as vector squares, so it prints sharp at any size.
 */
public final class CredentialDocuments {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final float QR_SIZE = 150f;

  private CredentialDocuments() {}

  public static byte[] pdf(CredentialView c, CredentialCheck status, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.open();
      Paragraph title =
          new Paragraph(
              b.getString("credential.pdf.title"),
              FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(24);
      doc.add(title);
      doc.add(
          new Paragraph(
              b.getString("credential.pdf.awardedTo"),
              FontFactory.getFont(FontFactory.HELVETICA, 11)));
      doc.add(new Paragraph(c.holder(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
      Paragraph what =
          new Paragraph(c.achievement(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13));
      what.setSpacingBefore(14);
      doc.add(what);
      doc.add(
          new Paragraph(
              MessageFormat.format(
                  b.getString("credential.pdf.issued"),
                  CredentialService.ISSUER_NAME,
                  DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                      .withLocale(locale)
                      .withZone(ZONE)
                      .format(c.issuedAt())),
              FontFactory.getFont(FontFactory.HELVETICA, 11)));
      if (status.revokedAt() != null) {
        Paragraph revoked =
            new Paragraph(
                MessageFormat.format(
                    b.getString("credential.pdf.revoked"), status.revocationReason()),
                FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11));
        revoked.setSpacingBefore(10);
        doc.add(revoked);
      }
      Paragraph how =
          new Paragraph(
              b.getString("credential.pdf.howToCheck"),
              FontFactory.getFont(FontFactory.HELVETICA, 10));
      how.setSpacingBefore(24);
      doc.add(how);
      doc.add(new Paragraph(c.verifyUrl(), FontFactory.getFont(FontFactory.COURIER, 9)));
      drawQr(writer.getDirectContent(), c.verifyUrl(), doc.left(), doc.bottom() + 40);
      Paragraph format =
          new Paragraph(
              b.getString("credential.pdf.format"), FontFactory.getFont(FontFactory.HELVETICA, 8));
      format.setSpacingBefore(QR_SIZE + 40);
      doc.add(format);
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF not written", e);
    } finally {
      doc.close();
    }
    return out.toByteArray();
  }

  /** The QR code of {@code text}, bottom-left corner at (x, y). */
  static void drawQr(PdfContentByte canvas, String text, float x, float y) {
    BitMatrix m = qr(text);
    float cell = QR_SIZE / m.getWidth();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        if (m.get(col, row)) {
          canvas.rectangle(x + col * cell, y + QR_SIZE - (row + 1) * cell, cell, cell);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }

  /** The QR matrix (error correction M, quiet zone of 2 modules). */
  static BitMatrix qr(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code for this text", e);
    }
  }
}
