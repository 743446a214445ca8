package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @AfterEach
  void forget() {
    DatabaseOutage.reset();
  }

  @Test
  void aLostOrRefusedConnectionIsAnOutageAndABadRequestIsNot() {
    assertTrue(DatabaseOutage.isOutage(new SQLException("I/O error", "08006")));
    assertTrue(DatabaseOutage.isOutage(new SQLException("refused", "08001")));
    assertTrue(DatabaseOutage.isOutage(new SQLException("terminating connection", "57P01")));
    // As the pool and EclipseLink wrap it inside an EJB call.
    assertTrue(
        DatabaseOutage.isOutage(
            new EJBException(
                new RuntimeException(
                    new SQLException(
                        "Error in allocating a connection. Cause: Connection could not be"
                            + " allocated")))));
    assertTrue(DatabaseOutage.isOutage(new RuntimeException(new java.net.ConnectException())));

    assertFalse(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.isOutage(new SQLException("syntax", "42601")));
    assertFalse(DatabaseOutage.isOutage(new IllegalArgumentException("bad input")));
    assertFalse(DatabaseOutage.isOutage(new EJBException("no cause")));
  }

  @Test
  void whileDownAProbeEveryTwoSecondsFindsTheDatabaseBack() {
    AtomicBoolean reachable = new AtomicBoolean(false);
    AtomicInteger probes = new AtomicInteger();
    DataSource ds = dataSource(reachable, probes);
    Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    assertFalse(DatabaseOutage.isDown(ds, t0), "up until a request fails for want of it");
    DatabaseOutage.markDown(new SQLException("refused", "08001"), t0);
    assertTrue(DatabaseOutage.isDown(ds, t0.plusMillis(500)));
    assertTrue(DatabaseOutage.isDown(ds, t0.plusMillis(1900)));
    assertTrue(probes.get() == 0, "no probe within two seconds: requests do not wait on the pool");
    assertTrue(DatabaseOutage.isDown(ds, t0.plusSeconds(2)));
    assertTrue(probes.get() == 1, "one probe, which fails");

    reachable.set(true);
    assertTrue(DatabaseOutage.isDown(ds, t0.plusSeconds(3)), "the next probe is not due yet");
    assertFalse(DatabaseOutage.isDown(ds, t0.plusSeconds(4)), "the probe finds it back");
    assertFalse(DatabaseOutage.isDown(ds, t0.plusSeconds(5)));
    assertTrue(probes.get() == 2);
  }

  private static DataSource dataSource(AtomicBoolean reachable, AtomicInteger probes) {
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                DatabaseOutageTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (p, m, a) ->
                    switch (m.getName()) {
                      case "isValid" -> true;
                      default -> null;
                    });
    return (DataSource)
        Proxy.newProxyInstance(
            DatabaseOutageTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, a) -> {
              if (m.getName().equals("getConnection")) {
                probes.incrementAndGet();
                if (!reachable.get()) {
                  throw new SQLException("refused", "08001");
                }
                return connection;
              }
              return null;
            });
  }
}
