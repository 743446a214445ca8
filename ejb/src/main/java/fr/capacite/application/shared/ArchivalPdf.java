package fr.capacite.application.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every document Capacité hands out (PV, fiche, livret, credential): built as XHTML with jsoup, so
 * that every text is escaped by construction, and rendered by openhtmltopdf as PDF/A-2a for
 * archiving, tagged for PDF/UA-1 (structure tree, document language and title, alternative text),
 * with the Liberation fonts embedded and an sRGB output intent. veraPDF checks each kind in the
 * tests.
 */
public final class ArchivalPdf {

  /** The family every document uses; embedded, regular and bold. */
  private static final String FONT = "Liberation Sans";

  private static final String CSS =
      "@page { size: A4; margin: 18mm 16mm; }"
          + " body { font-family: '"
          + FONT
          + "'; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }"
          + " h1 { font-size: 16pt; text-align: center; margin: 0 0 10pt; }"
          + " h2 { font-size: 12pt; margin: 12pt 0 5pt; }"
          + " h3 { font-size: 11pt; margin: 10pt 0 4pt; }"
          + " h4 { font-size: 10pt; margin: 6pt 0 3pt; }"
          + " p { margin: 0 0 6pt; }"
          + " .lead { font-size: 10pt; }"
          + " .small { font-size: 8.5pt; }"
          + " .person { font-size: 13pt; font-weight: bold; }"
          + " table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; }"
          + " th, td { border: 0.6pt solid #555; padding: 3pt 4pt; text-align: left;"
          + " vertical-align: top; font-size: 9pt; }"
          + " th { background: #eeeeee; }"
          + " .hash { font-size: 8pt; word-wrap: break-word; }"
          + " .code img { width: 30mm; height: 30mm; }";

  private ArchivalPdf() {}

  /** A new document in a language, with its title (also the PDF's title). */
  public static Document document(String title, Locale language) {
    Document d = Document.createShell("");
    d.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    d.selectFirst("html").attr("lang", language.getLanguage());
    d.head().appendElement("meta").attr("charset", "UTF-8");
    d.head().appendElement("title").text(title);
    d.head().appendElement("meta").attr("name", "author").attr("content", "Capacité");
    // PDF/UA asks for a description (the PDF's subject): the title says what the document is.
    d.head().appendElement("meta").attr("name", "description").attr("content", title);
    d.head().appendElement("style").appendChild(new DataNode(CSS));
    d.body().appendElement("h1").text(title);
    return d;
  }

  /** A paragraph of plain text. */
  public static Element paragraph(Element parent, String text, String cssClass) {
    Element p = parent.appendElement("p").text(text == null ? "" : text);
    if (cssClass != null) {
      p.addClass(cssClass);
    }
    return p;
  }

  /** A table with a header row of column names (scoped, for screen readers). */
  public static Element table(Element parent, String caption, String... headers) {
    Element t = parent.appendElement("table");
    if (caption != null) {
      t.appendElement("caption").addClass("small").text(caption);
    }
    Element row = t.appendElement("thead").appendElement("tr");
    for (String h : headers) {
      row.appendElement("th").attr("scope", "col").text(h);
    }
    t.appendElement("tbody");
    return t;
  }

  /** A body row of plain-text cells. */
  public static void row(Element table, String... cells) {
    Element row = table.selectFirst("tbody").appendElement("tr");
    for (String c : cells) {
      row.appendElement("td").text(c == null ? "" : c);
    }
  }

  /**
   * A QR code of a public check address, readable by phone cameras, with its alternative text and
   * the address written out under it.
   */
  public static void checkCode(Element parent, String url, String alt) {
    Element block = parent.appendElement("div").addClass("code");
    block.appendElement("img").attr("src", qrDataUri(url)).attr("alt", alt);
    paragraph(block, url, "small");
  }

  /** Renders the document: PDF/A-2a, tagged PDF/UA-1, fonts embedded. */
  public static byte[] render(Document d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
      b.usePdfUaAccessibility(true);
      b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      b.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
      b.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      b.useFont(() -> font("LiberationSans-Italic.ttf"), FONT, 400, FontStyle.ITALIC, true);
      b.withProducer("Capacité");
      b.withW3cDocument(new W3CDom().fromJsoup(d), "about:blank");
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("document not rendered", e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String name) {
    InputStream in = ArchivalPdf.class.getClassLoader().getResourceAsStream("liberation/" + name);
    if (in == null) {
      throw new IllegalStateException("font " + name + " missing from the class path");
    }
    return in;
  }

  /**
   * A QR code as a PNG data URI. ZXing's core draws the matrix; turning it into pixels is these few
   * lines rather than its desktop module, which brings AWT helpers we do not need.
   */
  public static String qrDataUri(String text) {
    try {
      BitMatrix m =
          new QRCodeWriter()
              .encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
      int scale = 6;
      BufferedImage img =
          new BufferedImage(
              m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < img.getWidth(); x++) {
        for (int y = 0; y < img.getHeight(); y++) {
          img.setRGB(x, y, m.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(img, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("QR code not drawn", e);
    }
  }
}
