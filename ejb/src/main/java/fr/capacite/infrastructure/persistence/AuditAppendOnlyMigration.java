package fr.capacite.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 37: the database itself refuses to change or remove audit events, whatever connects to it
 * (the application has no such path; this guards against everything else). PostgreSQL: a statement
 * trigger raising an error on UPDATE, DELETE and TRUNCATE. Derby, which has no way to raise an
 * error from a trigger: a trigger after UPDATE or DELETE inserts a row its guard table's CHECK
 * refuses, which fails and undoes the whole statement. Java, because the two dialects differ.
 */
public class AuditAppendOnlyMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("37");
  }

  @Override
  public String getDescription() {
    return "audit append only";
  }

  @Override
  public Integer getChecksum() {
    return 37;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    boolean postgres =
        c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    try (Statement s = c.createStatement()) {
      if (postgres) {
        s.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP"
                + " USING ERRCODE = 'insufficient_privilege'; END $$");
        s.execute(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON"
                + " audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()");
      } else {
        s.execute(
            "CREATE TABLE audit_append_only (refused VARCHAR(40) NOT NULL,"
                + " CONSTRAINT audit_event_is_append_only CHECK (refused = 'never'))");
        s.execute(
            "CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event FOR EACH STATEMENT"
                + " INSERT INTO audit_append_only VALUES ('update')");
        s.execute(
            "CREATE TRIGGER audit_event_no_delete AFTER DELETE ON audit_event FOR EACH STATEMENT"
                + " INSERT INTO audit_append_only VALUES ('delete')");
      }
    }
  }
}
