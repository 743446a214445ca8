package fr.capacite.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files kept on disk under their SHA-256 (the same content is stored once), in {@code
 * capacite.files} (default {@code ~/.capacite/files}). Database-independent: a BLOB column is typed
 * differently on Derby and PostgreSQL.
 */
public final class FileStore {

  public static final String DIRECTORY_PROPERTY = "capacite.files";

  /** A stored file: its hash and size. */
  public record Stored(String sha256, long size) {}

  /**
   * The file could not be written (the disk is full, or the store unwritable); nothing is kept, not
   * even the part written before the failure.
   */
  public static final class WriteFailedException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public WriteFailedException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The file is larger than allowed; nothing is kept. */
  public static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private FileStore() {}

  /** Where the files are kept. */
  public static Path root() {
    return Path.of(
        System.getProperty(
            DIRECTORY_PROPERTY,
            Path.of(System.getProperty("user.home"), ".capacite", "files").toString()));
  }

  /** Copies at most {@code maxBytes} into the store; a longer stream is refused and removed. */
  public static Stored store(InputStream in, long maxBytes) throws TooLargeException {
    return store(in, maxBytes, root());
  }

  /** The same, into {@code root} (tests give a small file system there). */
  static Stored store(InputStream in, long maxBytes, Path root) throws TooLargeException {
    Path tmp = null;
    try {
      Files.createDirectories(root);
      tmp = Files.createTempFile(root, "upload-", ".tmp");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (DigestInputStream din = new DigestInputStream(in, sha);
          var out = Files.newOutputStream(tmp)) {
        byte[] buffer = new byte[64 * 1024];
        size = 0;
        for (int n; (n = din.read(buffer)) > 0; ) {
          size += n;
          if (size > maxBytes) {
            out.close();
            Files.deleteIfExists(tmp);
            throw new TooLargeException();
          }
          out.write(buffer, 0, n);
        }
      }
      String hash = HexFormat.of().formatHex(sha.digest());
      Path target = root.resolve(hash.substring(0, 2)).resolve(hash);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(tmp);
      } else {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new Stored(hash, size);
    } catch (IOException e) {
      // A full disk ends the write half-way: the part written goes, so that nothing refers to it.
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the disk refused even that: the orphan-upload job ignores *.tmp files, an operator
          // removes them once space is back
        }
      }
      throw new WriteFailedException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] read(String sha256) {
    try {
      return Files.readAllBytes(path(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a stored file; false when there was none. */
  public static boolean delete(String sha256) {
    try {
      return Files.deleteIfExists(path(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256");
    }
    return root().resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
