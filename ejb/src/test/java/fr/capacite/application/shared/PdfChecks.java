package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What tests check of every document Capacité produces: veraPDF (the PDF Association's validator)
 * finds no PDF/A-2a nor PDF/UA-1 violation, its text reads back, and its QR code decodes.
 */
public final class PdfChecks {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** Fails with veraPDF's failed rules unless the file is PDF/A-2a and PDF/UA-1. */
  public static void assertArchivalAndAccessible(byte[] pdf) {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
      try (PDFAParser parser =
          Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
        ValidationResult result =
            Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
        assertTrue(
            result.isCompliant(),
            flavour
                + " violations: "
                + result.getFailedChecks().keySet().stream()
                    .map(r -> r.getClause() + "/" + r.getTestNumber())
                    .collect(Collectors.joining(", "))
                + "\n"
                + result.getTestAssertions().stream()
                    .filter(
                        a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .limit(12)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage())
                    .collect(Collectors.joining("\n")));
      } catch (AssertionError e) {
        throw e;
      } catch (Exception e) {
        throw new AssertionError("veraPDF could not read the document", e);
      }
    }
  }

  /** The text of every page, as PDFBox extracts it. */
  public static String text(byte[] pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    }
  }

  /** What the QR codes drawn in the document say. */
  public static List<String> qrCodes(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument d = Loader.loadPDF(pdf)) {
      for (PDPage page : d.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            try {
              out.add(
                  new QRCodeReader()
                      .decode(
                          new BinaryBitmap(
                              new HybridBinarizer(
                                  new BufferedImageLuminanceSource(image.getImage()))))
                      .getText());
            } catch (com.google.zxing.ChecksumException
                | com.google.zxing.FormatException
                | NotFoundException e) {
              // an image that is not a QR code
            }
          }
        }
      }
    }
    return out;
  }
}
