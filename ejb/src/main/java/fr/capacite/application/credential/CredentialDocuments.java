package fr.capacite.application.credential;

import fr.capacite.application.shared.ArchivalPdf;
import fr.capacite.domain.shared.FrenchTime;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;

/**
 * A credential as a one-page PDF/A-2a, tagged for PDF/UA-1 ({@link ArchivalPdf}), with a QR code of
 * its public check page.
 */
public final class CredentialDocuments {

  private static final ZoneId ZONE = FrenchTime.ZONE;

  private CredentialDocuments() {}

  public static byte[] pdf(CredentialView c, CredentialCheck status, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle("fr.capacite.i18n.Messages", locale);
    Document d = ArchivalPdf.document(b.getString("credential.pdf.title"), locale);
    var body = d.body();
    ArchivalPdf.paragraph(body, b.getString("credential.pdf.awardedTo"), null);
    ArchivalPdf.paragraph(body, c.holder(), "person");
    body.appendElement("h2").text(c.achievement());
    ArchivalPdf.paragraph(
        body,
        MessageFormat.format(
            b.getString("credential.pdf.issued"),
            CredentialService.ISSUER_NAME,
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(ZONE)
                .format(c.issuedAt())),
        null);
    if (status.revokedAt() != null) {
      body.appendElement("p")
          .appendElement("strong")
          .text(
              MessageFormat.format(
                  b.getString("credential.pdf.revoked"), status.revocationReason()));
    }
    ArchivalPdf.paragraph(body, b.getString("credential.pdf.howToCheck"), null);
    ArchivalPdf.checkCode(body, c.verifyUrl(), b.getString("credential.pdf.qrAlt"));
    ArchivalPdf.paragraph(body, b.getString("credential.pdf.format"), "small");
    return ArchivalPdf.render(d);
  }
}
