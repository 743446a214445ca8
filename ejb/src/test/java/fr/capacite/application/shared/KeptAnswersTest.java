package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {

  private record Answer(String text, Instant computedAt) {}

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-07T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hands hands = new Hands();
  private final KeptAnswers<String, Answer> kept =
      new KeptAnswers<>(Duration.ofMinutes(10), 3, Answer::computedAt, hands);
  private final AtomicInteger computed = new AtomicInteger();

  private Answer compute(String q) {
    return new Answer(q + "#" + computed.incrementAndGet(), hands.now);
  }

  @Test
  void aFreshAnswerIsServedAsItIsAndAStaleOneComputedAgain() {
    Answer first = kept.get("France", () -> compute("France"));
    assertSame(first, kept.get("France", () -> compute("France")));
    hands.now = hands.now.plus(Duration.ofMinutes(9));
    assertSame(first, kept.get("France", () -> compute("France")), "nine minutes: fresh");
    hands.now = hands.now.plus(Duration.ofMinutes(2));
    assertEquals("France#2", kept.get("France", () -> compute("France")).text());
    assertEquals(2, computed.get());
  }

  @Test
  void aStaleAnswerIsServedWhileOneRefreshComputesBehindIt() {
    Answer first = kept.get("2026", () -> compute("2026"));
    hands.now = hands.now.plus(Duration.ofMinutes(11));
    List<String> refreshes = new ArrayList<>();
    assertSame(first, kept.get("2026", () -> compute("2026"), refreshes::add));
    assertSame(first, kept.get("2026", () -> compute("2026"), refreshes::add));
    assertEquals(List.of("2026"), refreshes, "one refresh at a time");
    kept.put("2026", compute("2026"));
    kept.refreshed("2026");
    assertEquals("2026#2", kept.get("2026", () -> compute("2026"), refreshes::add).text());
    hands.now = hands.now.plus(Duration.ofMinutes(11));
    kept.get("2026", () -> compute("2026"), refreshes::add);
    assertEquals(List.of("2026", "2026"), refreshes, "the next stale answer is refreshed again");
  }

  @Test
  void thoseArrivingDuringTheFirstComputationWaitForIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<Answer> first =
          pool.submit(
              () ->
                  kept.get(
                      "Gironde",
                      () -> {
                        started.countDown();
                        await(release);
                        return compute("Gironde");
                      }));
      assertTrue(started.await(5, TimeUnit.SECONDS));
      List<Future<Answer>> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(pool.submit(() -> kept.get("Gironde", () -> compute("Gironde"))));
      }
      release.countDown();
      Answer answer = first.get(5, TimeUnit.SECONDS);
      for (Future<Answer> o : others) {
        assertSame(answer, o.get(5, TimeUnit.SECONDS));
      }
      assertEquals(1, computed.get(), "computed once");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureIsNotKeptAndTheNextReaderTriesAgain() {
    assertThrows(
        IllegalStateException.class,
        () ->
            kept.get(
                "Rhône",
                () -> {
                  throw new IllegalStateException("database away");
                }));
    assertEquals(0, kept.size());
    assertEquals("Rhône#1", kept.get("Rhône", () -> compute("Rhône")).text());
  }

  @Test
  void theOldestAnswersGoPastTheLimit() {
    for (String q : List.of("a", "b", "c", "d")) {
      kept.get(q, () -> compute(q));
      hands.now = hands.now.plusSeconds(1);
    }
    assertEquals(3, kept.size());
    assertEquals("a#5", kept.get("a", () -> compute("a")).text(), "the oldest went");
    assertEquals("d#4", kept.get("d", () -> compute("d")).text(), "the newest stayed");
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
