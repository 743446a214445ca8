package fr.capacite.application.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.capacite.domain.path.CredentialKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The credential PDF: its text, and a QR code that reads back as the check address. */
class CredentialDocumentsTest {

  private static final String URL =
      "https://capacite.example/credential.xhtml?id=3f1c2a9e-1111-4222-8333-444455556666";

  @Test
  void theQrCodeReadsBackAsTheCheckAddress() throws Exception {
    BitMatrix m = CredentialDocuments.qr(URL);
    int scale = 4;
    int size = m.getWidth() * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    assertEquals(URL, new QRCodeReader().decode(bitmap).getText());
  }

  @Test
  void thePdfNamesTheHolderTheAchievementAndARevocation() throws Exception {
    CredentialView v =
        new CredentialView(
            "3f1c2a9e",
            CredentialKind.BLOCK,
            "CCP1 du titre professionnel Médiateur numérique",
            "Camille Conseillère",
            Instant.parse("2026-08-04T10:00:00Z"),
            null,
            null,
            URL);
    CredentialCheck revoked =
        new CredentialCheck(
            CredentialCheck.Status.REVOKED,
            "3f1c2a9e",
            "Camille Conseillère",
            v.achievement(),
            CredentialService.ISSUER_NAME,
            v.issuedAt(),
            Instant.parse("2026-09-01T10:00:00Z"),
            "Décision corrigée par avenant",
            List.of());
    byte[] pdf = CredentialDocuments.pdf(v, revoked, Locale.FRENCH);
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertTrue(text.contains("Camille Conseillère"), text);
    assertTrue(text.contains("CCP1 du titre professionnel Médiateur numérique"), text);
    assertTrue(text.contains("4 août 2026"), text);
    assertTrue(text.contains("Décision corrigée par avenant"), text);
    assertTrue(text.contains("credential.xhtml?id="), text);
  }
}
