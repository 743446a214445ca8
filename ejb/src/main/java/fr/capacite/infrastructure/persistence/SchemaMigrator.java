package fr.capacite.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything touches the database. Bean-managed
 * transactions: Flyway drives its own. The migrations live in the resources module ({@code
 * db/migration}).
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "jdbc/capacite")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // What the two databases spell differently: long text, and the month (yyyymm) of the
            // column day (V49's backfill).
            .placeholders(
                java.util.Map.of(
                    "text",
                    longText(),
                    "dayMonthKey",
                    "CLOB".equals(longText())
                        ? "YEAR(day) * 100 + MONTH(day)"
                        : "CAST(EXTRACT(YEAR FROM day) * 100 + EXTRACT(MONTH FROM day) AS INTEGER)"))
            // Registered here rather than found by scanning: the few migrations written in Java.
            .javaMigrations(new SlugLigaturesMigration(), new AuditAppendOnlyMigration())
            .load()
            .migrate();
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied)");
  }

  /** CLOB on Derby, TEXT on PostgreSQL (which has no CLOB). */
  private String longText() {
    try (var c = dataSource.getConnection()) {
      return c.getMetaData()
              .getDatabaseProductName()
              .toLowerCase(java.util.Locale.ROOT)
              .contains("derby")
          ? "CLOB"
          : "TEXT";
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the database cannot be reached", e);
    }
  }
}
