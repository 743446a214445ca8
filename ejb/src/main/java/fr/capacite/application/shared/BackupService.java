package fr.capacite.application.shared;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.infrastructure.files.FileStore;
import fr.capacite.infrastructure.persistence.TableDigest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Backups of the embedded Derby database and the file store, taken while the application runs
 * (Derby's online backup: writers wait, readers go on). Each backup is a folder of {@code
 * capacite.backups} holding the database ({@code capacite/}), the files ({@code files/}) and a
 * manifest with each table's row count and content hash, against which a restore is checked.
 * PostgreSQL is backed up outside the application, by {@code ear/backup.sh} (pg_dump).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class BackupService {

  public static final String DIRECTORY_PROPERTY = "capacite.backups";

  /** Nightly backups kept; older ones are removed after a new one succeeds. */
  public static final int KEPT = 7;

  private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneId.of("UTC"));

  @Resource(lookup = "jdbc/capacite")
  private DataSource dataSource;

  @Resource private SessionContext ctx;
  @EJB private AuditService audit;

  /** A backup folder, as the administration page lists it. */
  public record Backup(String name, Instant takenAt, long bytes, Path folder) {}

  /** Where backups go. */
  public static Path root() {
    return Path.of(
        System.getProperty(
            DIRECTORY_PROPERTY,
            Path.of(System.getProperty("user.home"), ".capacite", "backups").toString()));
  }

  /** Whether this application's database can be backed up from inside (Derby embedded). */
  @jakarta.annotation.security.PermitAll
  public boolean isOnlineBackupAvailable() {
    try (Connection c = dataSource.getConnection()) {
      return isDerby(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes a backup now (an administrator asked for it). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Backup backupNow() {
    Backup b = take();
    audit.record(
        AuditKind.BACKUP_TAKEN,
        ctx.getCallerPrincipal().getName(),
        "backup:" + b.name(),
        b.bytes() + " bytes");
    return b;
  }

  /**
   * Takes a backup: Derby's online backup of the database into a new folder, then the file store
   * (files are named by their content and never change, so a file is linked rather than copied when
   * the backup shares the disk), then the manifest. A backup that fails leaves no folder.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @jakarta.annotation.security.PermitAll
  public Backup take() {
    Path root = root();
    Instant at = Instant.now();
    Path folder = root.resolve(NAME.format(at));
    Path partial = root.resolve(NAME.format(at) + ".partial");
    long bytes;
    try (Connection c = dataSource.getConnection()) {
      if (!isDerby(c)) {
        throw new StateConflictException("admin.backup.postgresql");
      }
      Files.createDirectories(partial);
      try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
        call.setString(1, partial.toAbsolutePath().toString());
        call.execute();
      }
      String database;
      try (Stream<Path> made = Files.list(partial)) {
        database = made.findFirst().orElseThrow().getFileName().toString();
      }
      Map<String, TableDigest.Digest> tables = TableDigest.of(c);
      long files = copyFiles(FileStore.root(), partial.resolve("files"));
      bytes = size(partial);
      writeManifest(partial, at, database, tables, files, bytes);
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      deleteTree(partial);
      throw new IllegalStateException("backup failed: " + e.getMessage(), e);
    }
    Backup b = new Backup(folder.getFileName().toString(), at, bytes, folder);
    LOG.info(() -> "backup taken: " + folder + " (" + b.bytes() + " bytes)");
    return b;
  }

  /** The backups on disk, newest first. */
  @RolesAllowed(Role.Names.ADMIN)
  public List<Backup> list() {
    Path root = root();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Backup> out = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path f : folders.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).toList()) {
        // The size was measured once, when the backup was taken: a listing walks no file tree.
        // Backups taken before the manifest held it are measured; an unreadable manifest is
        // reported and left out rather than failing the whole list.
        JsonObject m;
        try {
          m = manifest(f);
        } catch (jakarta.json.JsonException | UncheckedIOException | ClassCastException e) {
          LOG.warning(() -> "backup manifest unreadable, left out of the list: " + f);
          continue;
        }
        if (!m.containsKey("takenAt")) {
          LOG.warning(() -> "backup manifest without its date, left out of the list: " + f);
          continue;
        }
        out.add(
            new Backup(
                f.getFileName().toString(),
                Instant.parse(m.getString("takenAt")),
                m.containsKey("bytes") ? m.getJsonNumber("bytes").longValue() : size(f),
                f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(Backup::takenAt).reversed());
    return out;
  }

  /** Removes all but the {@code keep} newest backups. */
  @jakarta.annotation.security.PermitAll
  public void prune(int keep) {
    List<Backup> all = list();
    for (Backup b : all.subList(Math.min(keep, all.size()), all.size())) {
      deleteTree(b.folder());
    }
  }

  /** The manifest of a backup folder. */
  public static JsonObject manifest(Path folder) {
    try (JsonReader r =
        Json.createReader(Files.newBufferedReader(folder.resolve("manifest.json")))) {
      return r.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isDerby(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
  }

  private static long copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return 0;
    }
    long count = 0;
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        if (f.getFileName().toString().endsWith(".tmp")) {
          continue; // an upload being written: not yet referenced by anything
        }
        Path target = to.resolve(from.relativize(f).toString());
        Files.createDirectories(target.getParent());
        try {
          Files.createLink(target, f);
        } catch (UnsupportedOperationException | IOException e) {
          if (e instanceof FileAlreadyExistsException) {
            throw e;
          }
          Files.copy(f, target);
        }
        count++;
      }
    }
    return count;
  }

  private static void writeManifest(
      Path folder,
      Instant at,
      String database,
      Map<String, TableDigest.Digest> tables,
      long files,
      long bytes)
      throws IOException {
    JsonObjectBuilder t = Json.createObjectBuilder();
    tables.forEach(
        (name, d) ->
            t.add(
                name, Json.createObjectBuilder().add("rows", d.rows()).add("sha256", d.sha256())));
    JsonObject manifest =
        Json.createObjectBuilder()
            .add("format", "capacite-backup/1")
            .add("takenAt", at.toString())
            .add("database", "derby")
            .add("databaseFolder", database)
            .add("files", files)
            .add("bytes", bytes)
            .add("tables", t)
            .build();
    Files.writeString(folder.resolve("manifest.json"), manifest.toString());
  }

  private static long size(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warning(() -> "could not remove " + folder + ": " + e.getMessage());
    }
  }
}
