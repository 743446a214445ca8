package fr.capacite.migration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations must run unchanged on Derby and PostgreSQL (the integration tests prove it on both);
 * this catches the usual portability mistakes earlier, and the missing indexes.
 */
class MigrationsTest {

  private static List<Path> migrations() throws IOException, URISyntaxException {
    Path dir = Path.of(MigrationsTest.class.getClassLoader().getResource("db/migration").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      // By version number: V10 follows V9, not V1.
      return s.sorted(
              java.util.Comparator.comparingInt(
                  p ->
                      Integer.parseInt(
                          p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
          .toList();
    }
  }

  /**
   * Versions written in Java, registered in {@code SchemaMigrator} (a rule SQL cannot apply alike
   * on both databases): the SQL files leave their numbers free.
   */
  private static final java.util.Set<Integer> JAVA_MIGRATIONS = java.util.Set.of(27, 37);

  @Test
  void versionsAreSequential() throws Exception {
    List<Path> files = migrations();
    int expected = 1;
    for (Path file : files) {
      while (JAVA_MIGRATIONS.contains(expected)) {
        expected++;
      }
      String name = file.getFileName().toString();
      assertTrue(name.matches("V" + expected + "__[a-z0-9_]+\\.sql"), name);
      expected++;
    }
  }

  @Test
  void noVendorSpecificTypes() throws Exception {
    Pattern vendor =
        Pattern.compile(
            "\\b(SERIAL|BIGSERIAL|TEXT|CLOB|BLOB|BYTEA|JSONB?|AUTO_INCREMENT|TIMESTAMPTZ|DOUBLE PRECISION)\\b");
    for (Path p : migrations()) {
      // Flyway placeholders (${text}) name the one type the databases spell apart, set in
      // SchemaMigrator for each.
      String sql =
          Files.readString(p)
              .toUpperCase(Locale.ROOT)
              .replaceAll("--[^\n]*", "")
              .replaceAll("\\$\\{\\w+\\}", "");
      Matcher m = vendor.matcher(sql);
      assertFalse(m.find(), p.getFileName() + " uses " + (m.find(0) ? m.group() : ""));
    }
  }

  @Test
  void everyForeignKeyColumnIsIndexed() throws Exception {
    Pattern fk = Pattern.compile("FOREIGN KEY \\((\\w+)\\)");
    Pattern table = Pattern.compile("CREATE TABLE (\\w+) \\(");
    for (Path p : migrations()) {
      String sql = Files.readString(p).replaceAll("--[^\n]*", "");
      for (String statement : sql.split(";")) {
        Matcher t = table.matcher(statement);
        if (!t.find()) {
          continue;
        }
        String name = t.group(1);
        Matcher f = fk.matcher(statement);
        while (f.find()) {
          String column = f.group(1);
          boolean indexed =
              Pattern.compile("ON " + name + " \\(" + column + "[,)]").matcher(sql).find()
                  || Pattern.compile("PRIMARY KEY \\(" + column + "[,)]").matcher(statement).find()
                  || Pattern.compile("UNIQUE \\(" + column + "[,)]").matcher(statement).find();
          assertTrue(
              indexed, name + "." + column + " has a foreign key but no index starting with it");
        }
      }
    }
  }
}
