package fr.capacite.web.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database is reachable, as this node last saw it. A request that failed for want of a
 * database connection marks it down; while down, every request is answered "maintenance" (503) at
 * once, without waiting on the pool, and one request every {@link #PROBE_EVERY} checks whether it
 * is back (a connection that answers within {@link #PROBE_TIMEOUT_SECONDS}). The application then
 * recovers by itself, with no restart: the pool validates its connections before handing them out,
 * so those broken by the outage are replaced.
 */
public final class DatabaseOutage {

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  static final Duration PROBE_EVERY = Duration.ofSeconds(2);
  static final int PROBE_TIMEOUT_SECONDS = 2;

  private static volatile Instant downSince;
  private static volatile Instant lastProbe = Instant.EPOCH;
  private static final AtomicBoolean probing = new AtomicBoolean();

  private DatabaseOutage() {}

  /** Whether requests should be answered "maintenance" now; probes the database now and then. */
  static boolean isDown(DataSource dataSource) {
    return isDown(dataSource, Instant.now());
  }

  static boolean isDown(DataSource dataSource, Instant now) {
    if (downSince == null) {
      return false;
    }
    if (Duration.between(lastProbe, now).compareTo(PROBE_EVERY) >= 0
        && probing.compareAndSet(false, true)) {
      try {
        lastProbe = now;
        if (reachable(dataSource)) {
          Instant since = downSince;
          downSince = null;
          LOG.info(
              () ->
                  "Database reachable again after "
                      + Duration.between(since, now).toSeconds()
                      + " s: requests served again");
        }
      } finally {
        probing.set(false);
      }
    }
    return downSince != null;
  }

  /** Records that a request failed for want of the database. */
  static void markDown(Throwable cause) {
    markDown(cause, Instant.now());
  }

  static void markDown(Throwable cause, Instant now) {
    if (downSince == null) {
      downSince = now;
      lastProbe = downSince;
      LOG.severe(
          () -> "Database unreachable, answering 503 until it returns: " + rootMessage(cause));
    }
  }

  private static boolean reachable(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(PROBE_TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether a failure comes from the database being out of reach rather than from the request: a
   * connection the pool could not allocate, or one the server closed or lost (SQLSTATE class 08,
   * connection exception; 57P01–57P03, the server shutting down or starting).
   */
  public static boolean isOutage(Throwable t) {
    for (Throwable c = t; c != null; c = next(c)) {
      String type = c.getClass().getName();
      if (type.equals("jakarta.resource.spi.ResourceAllocationException")
          || type.equals("com.sun.appserv.connectors.internal.api.PoolingException")
          || c instanceof java.net.ConnectException) {
        return true;
      }
      if (c instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
          return true;
        }
        String message = String.valueOf(sql.getMessage());
        if (message.contains("Error in allocating a connection")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable next(Throwable c) {
    Throwable n =
        c instanceof jakarta.ejb.EJBException e && e.getCausedByException() != null
            ? e.getCausedByException()
            : c instanceof SQLException s && s.getNextException() != null && c.getCause() == null
                ? s.getNextException()
                : c.getCause();
    return n == c ? null : n;
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (next(r) != null) {
      r = next(r);
    }
    return r.getClass().getSimpleName() + ": " + r.getMessage();
  }

  /** For tests: forget any outage. */
  static void reset() {
    downSince = null;
    lastProbe = Instant.EPOCH;
  }
}
