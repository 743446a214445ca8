package fr.capacite.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Batched inserts into one table through the database's own constraints (keys, foreign keys,
 * checks): the bulk path of the generator. Rows are sent a thousand at a time and committed every
 * few batches, and the count is reported as it grows.
 */
final class Rows implements AutoCloseable {

  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 10_000;

  private final Connection connection;
  private final PreparedStatement statement;
  private final int[] types;
  private final Progress progress;
  private final java.util.List<Rows> parents = new java.util.ArrayList<>();
  private int pending;
  private long written;

  Rows(Connection connection, Progress progress, String table, String... columns)
      throws SQLException {
    this.connection = connection;
    this.progress = progress;
    String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
    this.statement =
        connection.prepareStatement(
            "INSERT INTO "
                + table
                + " ("
                + String.join(", ", columns)
                + ") VALUES ("
                + marks
                + ")");
    ParameterMetaData meta = statement.getParameterMetaData();
    this.types = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      types[i] = meta.getParameterType(i + 1);
    }
  }

  /**
   * Rows this table's foreign keys point to: they are sent before each batch of this one, since the
   * database checks every key as the batch arrives.
   */
  Rows after(Rows... others) {
    parents.addAll(java.util.List.of(others));
    return this;
  }

  void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      int p = i + 1;
      if (v == null) {
        // Derby needs the column's type for a null; both drivers report it.
        statement.setNull(p, types[i]);
      } else if (v instanceof LocalDate d) {
        statement.setDate(p, Date.valueOf(d));
      } else if (v instanceof LocalDateTime t) {
        statement.setTimestamp(p, Timestamp.valueOf(t));
      } else if (v instanceof LocalTime t) {
        statement.setTime(p, Time.valueOf(t));
      } else {
        statement.setObject(p, v);
      }
    }
    statement.addBatch();
    if (++pending == BATCH) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending == 0) {
      return;
    }
    for (Rows parent : parents) {
      parent.flush();
    }
    statement.executeBatch();
    written += pending;
    progress.advance(pending);
    pending = 0;
    if (written % COMMIT_EVERY == 0) {
      connection.commit();
    }
  }

  long written() {
    return written + pending;
  }

  @Override
  public void close() throws SQLException {
    flush();
    connection.commit();
    statement.close();
  }
}
