package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.shared.AuditKind;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NativeSql;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data safety with several servers and other database clients (one deployment for both, to keep the
 * test run short): scheduled jobs run once per occurrence, and the database itself keeps the audit
 * log append-only, on Derby and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class DataSafetyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private AuditService audit;
  @EJB private NativeSql sql;
  @EJB private JobLeases leases;

  @Test
  void anOccurrenceIsClaimedOnceAndAnExpiredUnfinishedClaimIsTakenOver() {
    String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
    assertTrue(leases.claim(job, "2026-12-06", Duration.ofHours(1)));
    assertFalse(leases.claim(job, "2026-12-06", Duration.ofHours(1)), "claimed already");
    assertTrue(leases.claim(job, "2026-12-07", Duration.ofHours(1)), "another occurrence");

    // A claim whose server died (expired, unfinished) goes to the next server that asks.
    assertTrue(leases.claim(job, "2026-12-08", Duration.ofMillis(-1)));
    assertTrue(leases.claim(job, "2026-12-08", Duration.ofHours(1)), "taken over");
    leases.finish(job, "2026-12-08");
    assertFalse(leases.claim(job, "2026-12-08", Duration.ofHours(1)), "finished stays done");
  }

  @Test
  void serversRacingForTheSameOccurrenceRunItOnce() throws Exception {
    String job = "race-" + UUID.randomUUID().toString().substring(0, 8);
    AtomicInteger runs = new AtomicInteger();
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        racers.add(
            () -> leases.runOnce(job, "2026-12-06", Duration.ofHours(1), runs::incrementAndGet));
      }
      long ran = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) {
        ran += f.get() ? 1 : 0;
      }
      assertEquals(1, ran);
      assertEquals(1, runs.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workThatFailsLeavesItsOccurrenceToTheNextServerOnceExpired() {
    String job = "fail-" + UUID.randomUUID().toString().substring(0, 8);
    assertThrows(
        Exception.class,
        () ->
            leases.runOnce(
                job,
                "2026-12-06",
                Duration.ofMillis(-1),
                () -> {
                  throw new IllegalStateException("the job failed half-way");
                }));
    AtomicInteger runs = new AtomicInteger();
    assertTrue(
        leases.runOnce(job, "2026-12-06", Duration.ofHours(1), runs::incrementAndGet),
        "the unfinished, expired claim is taken over");
    assertEquals(1, runs.get());
    assertFalse(
        leases.runOnce(job, "2026-12-06", Duration.ofHours(1), runs::incrementAndGet),
        "done once its work committed");
    assertEquals(1, runs.get());
  }

  @Test
  void eventsAreAddedButNeverChangedNorRemoved() {
    audit.record(AuditKind.LOGIN, "it-append-only", "user:it-append-only", "test");
    String mine = "SELECT COUNT(*) FROM audit_event WHERE actor = 'it-append-only'";
    long before = sql.count(mine);
    assertEquals(1, before);
    assertThrows(
        Exception.class,
        () ->
            sql.update(
                "UPDATE audit_event SET detail = 'rewritten' WHERE actor = 'it-append-only'"));
    assertThrows(
        Exception.class,
        () -> sql.update("DELETE FROM audit_event WHERE actor = 'it-append-only'"));
    assertEquals(before, sql.count(mine));
    assertEquals(
        0,
        sql.count(
            "SELECT COUNT(*) FROM audit_event WHERE actor = 'it-append-only' AND detail <> 'test'"));
    audit.record(AuditKind.LOGIN, "it-append-only", "user:it-append-only", "test");
    assertEquals(before + 1, sql.count(mine), "adding still works");
  }
}
