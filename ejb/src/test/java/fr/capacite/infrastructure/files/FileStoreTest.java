package fr.capacite.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileStoreTest {

  /** A file system of {@code bytes} in all, as a small disk would be. */
  private static FileSystem disk(long bytes) {
    return Jimfs.newFileSystem(
        Configuration.unix().toBuilder().setBlockSize(4096).setMaxSize(bytes).build());
  }

  private static long files(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void aFileIsKeptUnderItsHashOnceWhateverTheNumberOfUploads() throws Exception {
    try (FileSystem fs = disk(1 << 20)) {
      Path root = fs.getPath("/files");
      byte[] content = "compte rendu d'atelier".getBytes();
      FileStore.Stored a = FileStore.store(new ByteArrayInputStream(content), 1000, root);
      FileStore.Stored b = FileStore.store(new ByteArrayInputStream(content), 1000, root);
      assertEquals(a, b);
      assertEquals(content.length, a.size());
      assertTrue(Files.exists(root.resolve(a.sha256().substring(0, 2)).resolve(a.sha256())));
      assertEquals(1, files(root), "stored once, no temporary file left");
    }
  }

  @Test
  void aFullDiskDuringAnUploadLeavesNoPartialFile() throws Exception {
    try (FileSystem fs = disk(64 * 4096)) {
      Path root = fs.getPath("/files");
      Files.createDirectories(root);
      Files.write(root.resolve("already-there"), new byte[40 * 4096]);
      byte[] upload = new byte[30 * 4096];

      FileStore.WriteFailedException e =
          assertThrows(
              FileStore.WriteFailedException.class,
              () -> FileStore.store(new ByteArrayInputStream(upload), 1 << 20, root));

      assertTrue(e.getCause() != null, "the disk's own error is kept for the log");
      assertEquals(1, files(root), "the part written before the disk filled up is gone");
      // Once there is room again, the same upload goes through.
      Files.delete(root.resolve("already-there"));
      FileStore.Stored s = FileStore.store(new ByteArrayInputStream(upload), 1 << 20, root);
      assertEquals(upload.length, s.size());
    }
  }

  @Test
  void anOversizedUploadKeepsNothing() throws Exception {
    try (FileSystem fs = disk(1 << 20)) {
      Path root = fs.getPath("/files");
      assertThrows(
          FileStore.TooLargeException.class,
          () -> FileStore.store(new ByteArrayInputStream(new byte[5000]), 4000, root));
      assertEquals(0, files(root));
    }
  }
}
