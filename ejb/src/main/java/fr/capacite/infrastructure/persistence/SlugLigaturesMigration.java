package fr.capacite.infrastructure.persistence;

import fr.capacite.domain.library.LearningResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 27: addresses made before ligatures were spelt out ("Mettre en œuvre" gave {@code
 * mettre-en-uvre}) are corrected from the resource's first title; the former address is kept as an
 * alias, so links already shared keep working. Java, because the rule is {@link
 * LearningResource#slugOf}, which SQL cannot apply alike on Derby and PostgreSQL.
 */
public class SlugLigaturesMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("27");
  }

  @Override
  public String getDescription() {
    return "slug ligatures";
  }

  @Override
  public Integer getChecksum() {
    return 27;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<Long, String[]> fixes = new LinkedHashMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT r.id, r.slug, v.title FROM learning_resource r JOIN resource_revision v"
                    + " ON v.resource_id = r.id AND v.rev_number = 1");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String title = rs.getString(3);
        if (title != null && title.matches("(?s).*[œŒæÆß].*")) {
          fixes.put(rs.getLong(1), new String[] {rs.getString(2), title});
        }
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    for (Map.Entry<Long, String[]> e : fixes.entrySet()) {
      String old = e.getValue()[0];
      String base = LearningResource.slugOf(e.getValue()[1]);
      if (old.equals(base) || old.startsWith(base + "-")) {
        continue;
      }
      String slug = base;
      for (int i = 2; taken(c, slug); i++) {
        slug = base + "-" + i;
      }
      try (PreparedStatement alias =
              c.prepareStatement(
                  "INSERT INTO resource_slug_alias (slug, resource_id, created_at) VALUES (?, ?, ?)");
          PreparedStatement update =
              c.prepareStatement("UPDATE learning_resource SET slug = ? WHERE id = ?")) {
        alias.setString(1, old);
        alias.setLong(2, e.getKey());
        alias.setTimestamp(3, now);
        alias.executeUpdate();
        update.setString(1, slug);
        update.setLong(2, e.getKey());
        update.executeUpdate();
      }
    }
  }

  private static boolean taken(Connection c, String slug) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM learning_resource WHERE slug = ? UNION ALL"
                + " SELECT 1 FROM resource_slug_alias WHERE slug = ?")) {
      ps.setString(1, slug);
      ps.setString(2, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
