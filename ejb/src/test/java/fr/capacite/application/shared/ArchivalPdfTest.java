package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The renderer's output passes veraPDF; a plain PDF does not, so the check can fail. */
class ArchivalPdfTest {

  @Test
  void userTextIsEscapedAndTheDocumentIsArchivalAndTagged() throws Exception {
    var d = ArchivalPdf.document("Essai <b>&</b>", Locale.FRENCH);
    ArchivalPdf.paragraph(d.body(), "<script>alert(1)</script> & « guillemets »", null);
    var t = ArchivalPdf.table(d.body(), null, "Bloc", "Décision");
    ArchivalPdf.row(t, "CCP1", "Acquis");
    ArchivalPdf.checkCode(d.body(), "https://capacite.example/verify.xhtml?code=AB", "QR code");
    byte[] pdf = ArchivalPdf.render(d);
    PdfChecks.assertArchivalAndAccessible(pdf);
    String text = PdfChecks.text(pdf);
    assertTrue(text.contains("<script>alert(1)</script> & « guillemets »"), text);
    assertTrue(text.contains("Essai <b>&</b>"), text);
    assertEquals(List.of("https://capacite.example/verify.xhtml?code=AB"), PdfChecks.qrCodes(pdf));
  }

  @Test
  void aPlainPdfIsRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new PDPage());
      plain.save(out);
    }
    assertThrows(
        AssertionError.class, () -> PdfChecks.assertArchivalAndAccessible(out.toByteArray()));
  }
}
