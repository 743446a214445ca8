package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Types are recognised on the content, names are made safe, thumbnails are 320 px wide. */
class FileTypesTest {

  static byte[] png(int w, int h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private static byte[] zip(String... entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        ZipEntry e = new ZipEntry(entries[i]);
        if (i == 0 && entries[i].equals("mimetype")) {
          byte[] b = entries[i + 1].getBytes(StandardCharsets.US_ASCII);
          e.setMethod(ZipEntry.STORED);
          e.setSize(b.length);
          java.util.zip.CRC32 crc = new java.util.zip.CRC32();
          crc.update(b);
          e.setCrc(crc.getValue());
        }
        z.putNextEntry(e);
        z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void typesComeFromTheContent() throws Exception {
    assertEquals(Optional.of(FileTypes.PDF), FileTypes.detect("%PDF-1.7\n...".getBytes()));
    assertEquals(Optional.of(FileTypes.PNG), FileTypes.detect(png(4, 4)));
    assertEquals(
        Optional.of(FileTypes.JPEG),
        FileTypes.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}));
    assertEquals(Optional.of(FileTypes.GIF), FileTypes.detect("GIF89a....".getBytes()));
    assertEquals(
        Optional.of("application/vnd.oasis.opendocument.text"),
        FileTypes.detect(
            zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")));
    assertEquals(
        Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        FileTypes.detect(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")));
  }

  @Test
  void otherContentIsRefusedWhateverItsName() throws Exception {
    assertTrue(FileTypes.detect("<html><script>alert(1)</script>".getBytes()).isEmpty());
    assertTrue(FileTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0}).isEmpty(), "an .exe");
    assertTrue(FileTypes.detect(zip("evil.sh", "rm -rf /")).isEmpty(), "a plain zip");
    assertTrue(FileTypes.detect(new byte[0]).isEmpty());
    assertTrue(FileTypes.detect("<svg onload=alert(1)>".getBytes()).isEmpty(), "no SVG");
  }

  @Test
  void namesAreMadeSafe() {
    assertEquals("passwd.pdf", FileTypes.safeName("../../etc/passwd", FileTypes.PDF));
    assertEquals("fiche.pdf", FileTypes.safeName("C:\\Users\\x\\fiche.pdf", FileTypes.PDF));
    assertEquals("script_.png", FileTypes.safeName("<script>alert(1)</script>", FileTypes.PNG));
    assertEquals("_b onmouseover=x_.png", FileTypes.safeName("<b onmouseover=x>.png", null));
    assertEquals("fichier.pdf", FileTypes.safeName("", FileTypes.PDF));
    // The detected type decides the extension: a PDF named page.html is not a web page.
    assertEquals("page.pdf", FileTypes.safeName("page.html", FileTypes.PDF));
    assertEquals("photo.jpeg", FileTypes.safeName("photo.jpeg", FileTypes.JPEG));
    assertEquals("photo.jpg", FileTypes.safeName("photo.PNG", FileTypes.JPEG));
    assertEquals("Fiche.PDF", FileTypes.safeName("Fiche.PDF", FileTypes.PDF));
    assertEquals(200, FileTypes.safeName("a".repeat(300) + ".pdf", FileTypes.PDF).length());
    assertTrue(FileTypes.safeName("a".repeat(300) + ".pdf", FileTypes.PDF).endsWith(".pdf"));
  }

  @Test
  void thumbnailsAre320WideAndBadImagesRefused() throws Exception {
    byte[] t = Thumbnails.of(png(800, 600)).orElseThrow();
    BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(t));
    assertEquals(320, img.getWidth());
    assertEquals(240, img.getHeight());
    assertFalse(Thumbnails.of(png(100, 50)).isPresent(), "small images are their own thumbnail");
    assertEquals(
        "library.file.badImage",
        assertThrows(
                Thumbnails.BadImageException.class,
                () -> Thumbnails.of("GIF89a not really".getBytes()))
            .getMessage());
  }

  @Test
  void largeImagesAreDecodedSubsampledAndBombsRefusedUnread() throws Exception {
    ByteArrayOutputStream big = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY), "png", big);
    BufferedImage t =
        ImageIO.read(
            new java.io.ByteArrayInputStream(Thumbnails.of(big.toByteArray()).orElseThrow()));
    assertEquals(320, t.getWidth());
    assertEquals(240, t.getHeight());
    // 10,000 × 10,000 declared in the header: refused before a pixel is decoded.
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png", bomb);
    assertEquals(
        "library.file.imageTooLarge",
        assertThrows(Thumbnails.BadImageException.class, () -> Thumbnails.of(bomb.toByteArray()))
            .getMessage());
  }
}
