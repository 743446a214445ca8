package fr.capacite.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers to costly questions kept for a while, per question: figures read by many (the
 * observatory's, the comparison of organisations) that say the same a few minutes later. The first
 * reader of a question computes it; those arriving meanwhile wait for that same computation (never
 * two at once); an answer older than {@code fresh} is either computed again by its next reader or,
 * when a refresh is given, served while the refresh computes a new one behind it. A failed
 * computation fails those waiting for it and is not kept: the next reader tries again. At most
 * {@code max} questions are kept, the oldest answers going first. Each server keeps its own (the
 * answers carry the time they were computed, which the pages show).
 *
 * <p>Written here rather than taken from a cache library: the application server offers none
 * without a provider to install, and what is needed (one computation per question, the answer's own
 * time) is these few lines.
 */
public final class KeptAnswers<K, V> {

  private final Duration fresh;
  private final int max;
  private final Function<V, Instant> computedAt;
  private final Clock clock;
  private final ConcurrentMap<K, CompletableFuture<V>> kept = new ConcurrentHashMap<>();
  private final ConcurrentMap<K, Boolean> refreshing = new ConcurrentHashMap<>();

  public KeptAnswers(Duration fresh, int max, Function<V, Instant> computedAt) {
    this(fresh, max, computedAt, Clock.systemUTC());
  }

  KeptAnswers(Duration fresh, int max, Function<V, Instant> computedAt, Clock clock) {
    this.fresh = fresh;
    this.max = max;
    this.computedAt = computedAt;
    this.clock = clock;
  }

  /** The kept answer, computed again when it is no longer fresh. */
  public V get(K question, Supplier<V> compute) {
    return get(question, compute, null);
  }

  /**
   * The kept answer; when it is no longer fresh and {@code refreshBehind} is given, it is served as
   * it is while {@code refreshBehind} is asked (once at a time per question) to {@link #put} a new
   * one.
   */
  public V get(K question, Supplier<V> compute, Consumer<K> refreshBehind) {
    while (true) {
      CompletableFuture<V> mine = new CompletableFuture<>();
      CompletableFuture<V> current = kept.putIfAbsent(question, mine);
      if (current == null) {
        return compute(question, mine, compute);
      }
      V answer = await(current);
      if (computedAt.apply(answer).isAfter(clock.instant().minus(fresh))) {
        return answer;
      }
      if (refreshBehind != null) {
        if (refreshing.putIfAbsent(question, Boolean.TRUE) == null) {
          refreshBehind.accept(question);
        }
        return answer;
      }
      if (kept.replace(question, current, mine)) {
        return compute(question, mine, compute);
      }
      // Another reader is computing it again: wait for theirs.
    }
  }

  /** A new answer to the question (a refresh's, or one asked for now). */
  public void put(K question, V answer) {
    kept.put(question, CompletableFuture.completedFuture(answer));
    trim();
  }

  /** The refresh of a question is over, whether it put an answer or not. */
  public void refreshed(K question) {
    refreshing.remove(question);
  }

  /** Forgets every answer (what they were computed from changed); the next readers compute. */
  public void clear() {
    kept.clear();
  }

  /** How many questions are kept (the answers and those under way). */
  public int size() {
    return kept.size();
  }

  private V compute(K question, CompletableFuture<V> mine, Supplier<V> compute) {
    try {
      V answer = compute.get();
      mine.complete(answer);
      trim();
      return answer;
    } catch (RuntimeException e) {
      kept.remove(question, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Keeps the {@code max} answers most recently computed. */
  private void trim() {
    while (kept.size() > max) {
      var oldest =
          kept.entrySet().stream()
              .filter(e -> e.getValue().isDone() && !e.getValue().isCompletedExceptionally())
              .min(Comparator.comparing(e -> computedAt.apply(e.getValue().join())));
      if (oldest.isEmpty()) {
        return; // every one is still being computed
      }
      kept.remove(oldest.get().getKey(), oldest.get().getValue());
    }
  }

  private static <V> V await(CompletableFuture<V> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
