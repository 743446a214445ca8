package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.infrastructure.files.FileStore;
import fr.capacite.infrastructure.persistence.TableDigest;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A backup restored into a fresh database holds the same data: every table's row count and content
 * hash, and every stored file. Derby: the application's online backup, restored with Derby's {@code
 * createFrom}; PostgreSQL: {@code ear/backup.sh} (pg_dump) and {@code ear/restore.sh} (pg_restore)
 * into another database, as an operator runs them.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private BackupService backups;
  @EJB private CohortTestData data;
  @EJB private RunAsAdmin asAdmin;

  @Test
  void aBackupRestoredIntoAFreshDatabaseHoldsTheSameDataAndFiles() throws Exception {
    Path work = Files.createTempDirectory("capacite-backup-it-");
    Path files = work.resolve("files");
    System.setProperty(FileStore.DIRECTORY_PROPERTY, files.toString());
    System.setProperty(BackupService.DIRECTORY_PROPERTY, work.resolve("backups").toString());
    try {
      data.learners(ReferentialTestData.unique("backup"), 3);
      FileStore.store(
          new ByteArrayInputStream(
              ("fiche de séance " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)),
          1_000_000);
      DataSource ds = (DataSource) new InitialContext().lookup("jdbc/capacite");
      Map<String, TableDigest.Digest> restored;
      Map<String, TableDigest.Digest> expected;
      Path backupFiles;
      boolean derby = asAdmin.call(() -> backups.isOnlineBackupAvailable());
      if (derby) {
        BackupService.Backup b = asAdmin.call(() -> backups.backupNow());
        JsonObject manifest = BackupService.manifest(b.folder());
        expected = new TreeMap<>();
        manifest
            .getJsonObject("tables")
            .forEach(
                (table, d) ->
                    expected.put(
                        table,
                        new TableDigest.Digest(
                            d.asJsonObject().getJsonNumber("rows").longValue(),
                            d.asJsonObject().getString("sha256"))));
        String from = b.folder().resolve(manifest.getString("databaseFolder")).toString();
        try (Connection c =
            DriverManager.getConnection(
                "jdbc:derby:memory:restored-" + UUID.randomUUID() + ";createFrom=" + from)) {
          restored = TableDigest.of(c);
        }
        backupFiles = b.folder().resolve("files");
        assertEquals(1, asAdmin.call(() -> backups.list()).size());
        // A backup from before the manifest held its size is listed, measured; a damaged
        // manifest leaves its folder out instead of failing the administration page.
        Path older = b.folder().resolveSibling("20200101-000000");
        Files.createDirectories(older);
        var withoutSize = jakarta.json.Json.createObjectBuilder(manifest);
        withoutSize.remove("bytes");
        withoutSize.add("takenAt", "2020-01-01T00:00:00Z");
        Files.writeString(older.resolve("manifest.json"), withoutSize.build().toString());
        Path damaged = b.folder().resolveSibling("20200102-000000");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("manifest.json"), "{\"takenAt\": ");
        var listed = asAdmin.call(() -> backups.list());
        assertEquals(2, listed.size());
        assertEquals("20200101-000000", listed.get(1).name());
        assertTrue(listed.get(1).bytes() > 0);
      } else {
        Path folder =
            Path.of(
                run(
                        work,
                        "backup.sh",
                        "--data",
                        work.toString(),
                        "--out",
                        work.resolve("backups").toString())
                    .strip());
        try (Connection c = ds.getConnection()) {
          expected = TableDigest.of(c);
        }
        Path restoredData = work.resolve("restored");
        run(work, "restore.sh", "--data", restoredData.toString(), "--from", folder.toString());
        try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://"
                    + System.getProperty("it.pg.host")
                    + ":"
                    + System.getProperty("it.pg.port")
                    + "/"
                    + System.getProperty("it.pg.database")
                    + "_restore",
                System.getProperty("it.pg.user"),
                System.getProperty("it.pg.password"))) {
          restored = TableDigest.of(c);
        }
        backupFiles = restoredData.resolve("files");
      }
      assertTrue(
          expected.containsKey("app_user") && expected.containsKey("audit_event"),
          "" + expected.keySet());
      assertTrue(expected.get("app_user").rows() >= 3);
      assertEquals(expected, restored, "every table's rows and content hash");
      assertEquals(listing(files), listing(backupFiles), "every stored file");
      assertFalse(listing(backupFiles).isEmpty());
      long rows = restored.values().stream().mapToLong(TableDigest.Digest::rows).sum();
      System.out.println(
          "Backup restored ("
              + (derby ? "Derby online backup" : "pg_dump/pg_restore")
              + "): "
              + restored.size()
              + " tables, "
              + rows
              + " rows, "
              + listing(backupFiles).size()
              + " files, the same row counts and content hashes");
    } finally {
      System.clearProperty(FileStore.DIRECTORY_PROPERTY);
      System.clearProperty(BackupService.DIRECTORY_PROPERTY);
    }
  }

  /** Runs one of the project's operator scripts against the test database; its output. */
  private static String run(Path work, String script, String... args) throws Exception {
    Path scriptPath = Path.of("..", "ear", script).toAbsolutePath().normalize();
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = scriptPath.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    String database = System.getProperty("it.pg.database");
    if (script.equals("restore.sh")) {
      database += "_restore";
    }
    pb.environment()
        .put(
            "CAPACITE_DB_URL",
            "jdbc:postgresql://"
                + System.getProperty("it.pg.host")
                + ":"
                + System.getProperty("it.pg.port")
                + "/"
                + database);
    pb.environment().put("CAPACITE_DB_USER", System.getProperty("it.pg.user"));
    pb.environment().put("CAPACITE_DB_PASSWORD", System.getProperty("it.pg.password"));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), script + " did not finish");
    assertEquals(0, p.exitValue(), script + " failed:\n" + out);
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  /** The files of a folder, as relative path and size. */
  private static Map<String, Long> listing(Path root) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString(), Files.size(f));
      }
    }
    return out;
  }
}
