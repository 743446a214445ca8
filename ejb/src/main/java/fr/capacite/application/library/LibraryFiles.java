package fr.capacite.application.library;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.FileUpload;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.StoredFile;
import fr.capacite.infrastructure.files.FileStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Files and images of resources: kept once by SHA-256 (a file unchanged across revisions or shared
 * by resources is stored once), type checked on the content, size limited, images given a
 * thumbnail. Downloads are counted and allowed to those who may read the resource.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryFiles {

  /** The upload limit in megabytes (25 by default). */
  public static final String MAX_MB_PROPERTY = "capacite.library.maxUploadMb";

  public record Uploaded(
      String sha256, String fileName, String contentType, long size, boolean image)
      implements Serializable {}

  public record Download(byte[] bytes, String contentType, String fileName) {}

  @PersistenceContext private EntityManager em;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;
  @EJB private LibraryReader reader;
  @EJB private ResourceCounters counters;

  public static int maxMegabytes() {
    try {
      return Math.max(1, Integer.parseInt(System.getProperty(MAX_MB_PROPERTY, "25")));
    } catch (NumberFormatException e) {
      return 25;
    }
  }

  /** Stores an upload; a wrong type, an unreadable image or an oversized file keeps nothing. */
  public Uploaded upload(String fileName, InputStream content) {
    if (content == null) {
      throw new InvalidInputException("library.file.none");
    }
    long max = maxMegabytes() * 1024L * 1024L;
    String type;
    FileStore.Stored stored;
    try (BufferedInputStream in = new BufferedInputStream(content, FileTypes.HEAD + 1)) {
      in.mark(FileTypes.HEAD + 1);
      byte[] head = in.readNBytes(FileTypes.HEAD);
      if (head.length == 0) {
        throw new InvalidInputException("library.file.none");
      }
      type =
          FileTypes.detect(head).orElseThrow(() -> new InvalidInputException("library.file.type"));
      in.reset();
      stored = fr.capacite.application.shared.FileStorage.store(in, max);
    } catch (FileStore.TooLargeException e) {
      throw new InvalidInputException("library.file.tooLarge", maxMegabytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<StoredFile> known = reader.file(stored.sha256());
    if (known.isEmpty()) {
      String thumbnail = null;
      if (FileTypes.isImage(type)) {
        try {
          Optional<byte[]> t = Thumbnails.of(FileStore.read(stored.sha256()));
          if (t.isPresent()) {
            thumbnail =
                fr.capacite.application.shared.FileStorage.store(
                        new ByteArrayInputStream(t.get()), max)
                    .sha256();
          }
        } catch (Thumbnails.BadImageException e) {
          throw new InvalidInputException(e.getMessage());
        } catch (FileStore.TooLargeException e) {
          throw new IllegalStateException(e);
        }
      }
      em.persist(new StoredFile(stored.sha256(), stored.size(), type, thumbnail, Instant.now()));
      em.flush();
    }
    User me = me();
    if (!uploadedBy(stored.sha256(), me)) {
      em.persist(new FileUpload(stored.sha256(), me, Instant.now()));
    }
    return new Uploaded(
        stored.sha256(),
        FileTypes.safeName(fileName, type),
        type,
        stored.size(),
        FileTypes.isImage(type));
  }

  /** A file of a resource the caller may read (its thumbnail when asked); counts a download. */
  /**
   * Refuses content that names a file its author may not use: every file must exist, and have been
   * uploaded by them, or already appear in the resource they are editing or in a published one (a
   * hash alone never reaches someone else's private upload).
   */
  public void checkUsable(LearningResource r, List<BlockContent> blocks) {
    User me = null;
    for (BlockContent b : blocks) {
      String sha = b.fileSha256();
      if (sha == null) {
        continue;
      }
      if (reader.file(sha).isEmpty()) {
        throw new InvalidInputException("library.block.file");
      }
      me = me == null ? me() : me;
      boolean readable =
          uploadedBy(sha, me)
              || em.createQuery(
                          "SELECT COUNT(b) FROM RevisionBlock b JOIN b.revision v JOIN v.resource x"
                              + " WHERE b.block.fileSha256 = :sha AND (x = :r OR ("
                              + " x.state = fr.capacite.domain.library.ResourceState.PUBLISHED"
                              + " AND v.number = x.stableRevision))",
                          Long.class)
                      .setParameter("sha", sha)
                      .setParameter("r", r)
                      .getSingleResult()
                  > 0;
      if (!readable) {
        throw new InvalidInputException("library.block.fileNotYours");
      }
    }
  }

  private boolean uploadedBy(String sha, User user) {
    return em.createNamedQuery("FileUpload.countByShaAndUser", Long.class)
            .setParameter("sha", sha)
            .setParameter("user", user)
            .getSingleResult()
        > 0;
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }

  /**
   * A file a revision of the resource names. Open to anyone: without an account, the files of a
   * published resource's reviewed revision alone (the resource itself is checked by the reader).
   */
  @jakarta.annotation.security.PermitAll
  public Download download(String slug, String sha256, boolean thumbnail) {
    LearningResource r = reader.resource(slug);
    boolean reviewedOnly = !LibraryService.hasAccount(ctx);
    var named =
        em.createQuery(
                "SELECT b.block.fileName FROM RevisionBlock b WHERE b.revision.resource = :r AND"
                    + " b.block.fileSha256 = :sha"
                    + (reviewedOnly ? " AND b.revision.number = :stable" : ""),
                String.class)
            .setParameter("r", r)
            .setParameter("sha", sha256);
    if (reviewedOnly) {
      named.setParameter("stable", r.getStableRevision());
    }
    String name =
        named
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("file", sha256));
    StoredFile f =
        em.createNamedQuery("StoredFile.findBySha", StoredFile.class)
            .setParameter("sha", sha256)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("file", sha256));
    if (thumbnail && f.isImage()) {
      String t = f.getThumbnailSha() != null ? f.getThumbnailSha() : f.getSha256();
      return new Download(
          FileStore.read(t),
          f.getThumbnailSha() != null ? FileTypes.PNG : f.getContentType(),
          name);
    }
    counters.downloaded(r.getId());
    // Files stored before names followed their type get the right extension here too.
    return new Download(
        FileStore.read(sha256), f.getContentType(), FileTypes.safeName(name, f.getContentType()));
  }
}
