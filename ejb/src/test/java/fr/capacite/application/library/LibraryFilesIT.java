package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads are stored once by hash, typed on their content and limited in size; images get a
 * thumbnail; a resource's files download for its readers only and are counted.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryFilesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private LibraryFiles files;
  @EJB private LibraryService library;
  @EJB private LibraryReader reader;
  @EJB private LibraryFeedback feedback;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private RunAsManager asManager;
  @EJB private OrphanUploads orphans;
  @EJB private fr.capacite.testing.NativeSql sql;

  private static byte[] png(int w, int h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    img.setRGB(w / 2, h / 2, 0xff0000 + w);
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void filesAreStoredOnceTypedOnContentAndDownloadedByReaders() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    byte[] image = png(900, 300);
    var up = asMediator.call(() -> files.upload("../schéma.png", new ByteArrayInputStream(image)));
    assertTrue(up.image());
    assertEquals("schéma.png", up.fileName());
    var again = asManager.call(() -> files.upload("copie.png", new ByteArrayInputStream(image)));
    assertEquals(up.sha256(), again.sha256(), "same bytes, one stored file");

    byte[] pdf = ("%PDF-1.4\n" + "x".repeat(5000)).getBytes();
    var doc = asMediator.call(() -> files.upload("fiche", new ByteArrayInputStream(pdf)));
    assertEquals("application/pdf", doc.contentType());
    assertEquals("fiche.pdf", doc.fileName());

    assertEquals(
        "library.file.type",
        assertThrows(
                InvalidInputException.class,
                () ->
                    asMediator.call(
                        () ->
                            files.upload(
                                "fiche.pdf",
                                new ByteArrayInputStream("<script>alert(1)</script>".getBytes()))))
            .getMessageKey());
    System.setProperty(LibraryFiles.MAX_MB_PROPERTY, "1");
    try {
      byte[] big = Arrays.copyOf("%PDF-1.4\n".getBytes(), 2 * 1024 * 1024);
      assertEquals(
          "library.file.tooLarge",
          assertThrows(
                  InvalidInputException.class,
                  () ->
                      asMediator.call(
                          () -> files.upload("gros.pdf", new ByteArrayInputStream(big))))
              .getMessageKey());
    } finally {
      System.clearProperty(LibraryFiles.MAX_MB_PROPERTY);
    }

    ResourceForm form =
        LibraryIT.withBlocks(
            "Fiche avec schéma",
            List.of(
                BlockContent.image(up.sha256(), up.fileName(), "Schéma de la box"),
                BlockContent.file("La fiche à imprimer", doc.sha256(), doc.fileName())));
    String slug = asMediator.call(() -> library.create(form));
    asMediator.call(() -> library.submit(slug));

    var full = asManager.call(() -> files.download(slug, up.sha256(), false));
    assertArrayEquals(image, full.bytes());
    var thumb = asManager.call(() -> files.download(slug, up.sha256(), true));
    assertEquals("image/png", thumb.contentType());
    assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumb.bytes())).getWidth());
    assertEquals(
        "application/pdf",
        asManager.call(() -> files.download(slug, doc.sha256(), false)).contentType());
    assertEquals(
        2, asManager.call(() -> feedback.feedback(slug)).downloads(), "thumbnails not counted");
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> files.download(slug, "0".repeat(64), false)),
        "a file of no block of this resource");

    // Without an account: nothing while the resource waits for its review, then the files of
    // its reviewed revision once it is published.
    assertThrows(ObjectNotFoundException.class, () -> files.download(slug, up.sha256(), false));
    sql.update(
        "UPDATE learning_resource SET state = 'PUBLISHED', stable_revision = latest_revision"
            + " WHERE slug = '"
            + slug
            + "'");
    assertArrayEquals(image, files.download(slug, up.sha256(), false).bytes());
    assertEquals("application/pdf", files.download(slug, doc.sha256(), false).contentType());
  }

  @Test
  void aBlockNamesOnlyFilesItsAuthorUploadedOrCanAlreadyRead() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    data.ensureAccount("it-manager", Role.ORG_MANAGER);
    // The mediator's private upload, in no resource yet.
    byte[] secret = ("%PDF-1.4\nprivate " + java.util.UUID.randomUUID()).getBytes();
    var mine = asMediator.call(() -> files.upload("privé.pdf", new ByteArrayInputStream(secret)));
    java.util.function.Function<String, ResourceForm> naming =
        sha ->
            LibraryIT.withBlocks(
                "Une fiche qui vise un fichier",
                List.of(BlockContent.file("Le fichier", sha, "x.pdf")));
    // Someone who only knows the hash cannot reach it through a block of their own.
    assertEquals(
        "library.block.fileNotYours",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> library.create(naming.apply(mine.sha256()))))
            .getMessageKey());
    // Its author can; and once the manager uploads the same bytes, so can they.
    String slug = asMediator.call(() -> library.create(naming.apply(mine.sha256())));
    assertTrue(slug != null && !slug.isBlank());
    asManager.call(() -> files.upload("copie.pdf", new ByteArrayInputStream(secret)));
    String theirs = asManager.call(() -> library.create(naming.apply(mine.sha256())));
    assertTrue(theirs != null && !theirs.isBlank());
  }

  @Test
  void uploadsNothingUsesAreRemovedAfterADayAndUsedOnesStay() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    byte[] kept = ("%PDF-1.4\nkept " + java.util.UUID.randomUUID()).getBytes();
    byte[] dropped = ("%PDF-1.4\ndropped " + java.util.UUID.randomUUID()).getBytes();
    var used = asMediator.call(() -> files.upload("gardé.pdf", new ByteArrayInputStream(kept)));
    var abandoned =
        asMediator.call(() -> files.upload("abandon.pdf", new ByteArrayInputStream(dropped)));
    asMediator.call(
        () ->
            library.create(
                LibraryIT.withBlocks(
                    "Fiche gardée",
                    List.of(BlockContent.file("La fiche", used.sha256(), used.fileName())))));
    // Within the day, nothing goes.
    orphans.removeOlderThan(java.time.Instant.now().minus(OrphanUploads.GRACE));
    assertTrue(asMediator.call(() -> reader.file(abandoned.sha256())).isPresent());
    // A day later, the abandoned upload goes, row and file; the used one stays.
    assertTrue(orphans.removeOlderThan(java.time.Instant.now().plusSeconds(60)) >= 1);
    assertTrue(asMediator.call(() -> reader.file(abandoned.sha256())).isEmpty());
    assertThrows(
        java.io.UncheckedIOException.class,
        () -> fr.capacite.infrastructure.files.FileStore.read(abandoned.sha256()));
    assertTrue(asMediator.call(() -> reader.file(used.sha256())).isPresent());
    assertArrayEquals(kept, fr.capacite.infrastructure.files.FileStore.read(used.sha256()));
  }
}
