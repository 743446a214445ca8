package fr.capacite.infrastructure.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each table of the schema holds, as a row count and a SHA-256 of its rows taken in any order
 * (each row hashed, the hashes sorted, then hashed together): two databases with the same digests
 * hold the same data. A backup's manifest carries them, and a restore is checked against them.
 */
public final class TableDigest {

  /** One table's count and content hash. */
  public record Digest(long rows, String sha256) {}

  private TableDigest() {}

  /** The digest of every table of the connection's schema, by lower-case table name. */
  public static Map<String, Digest> of(Connection c) throws SQLException {
    Map<String, Digest> out = new TreeMap<>();
    for (String table : tables(c)) {
      out.put(table.toLowerCase(Locale.ROOT), digest(c, table));
    }
    return out;
  }

  private static List<String> tables(Connection c) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static Digest digest(Connection c, String table) throws SQLException {
    List<String> rowHashes = new ArrayList<>();
    // The name comes from the schema's own metadata; quoted, as the database spells it.
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(value(rs.getObject(i))).append('\u001f');
        }
        rowHashes.add(sha256(row.toString()));
      }
    }
    rowHashes.sort(null);
    return new Digest(rowHashes.size(), sha256(String.join("\n", rowHashes)));
  }

  /** A value in a form both databases give alike (numbers without their scale, LOBs as text). */
  private static String value(Object v) throws SQLException {
    if (v == null) {
      return "\u0000";
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (v instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (v instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return v.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
