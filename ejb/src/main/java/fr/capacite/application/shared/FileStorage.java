package fr.capacite.application.shared;

import fr.capacite.infrastructure.files.FileStore;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * The file store as the services use it: a file the disk could not take (full, unwritable) is a
 * translated refusal ({@link StorageFullException}, HTTP 507) for the person, and a line in the log
 * for the operator; nothing of it is kept.
 */
public final class FileStorage {

  private static final Logger LOG = Logger.getLogger(FileStorage.class.getName());

  private FileStorage() {}

  public static FileStore.Stored store(InputStream in, long maxBytes)
      throws FileStore.TooLargeException {
    try {
      return FileStore.store(in, maxBytes);
    } catch (FileStore.WriteFailedException e) {
      LOG.severe(() -> "upload not stored: " + e.getMessage());
      throw new StorageFullException("file.storageFull");
    }
  }
}
