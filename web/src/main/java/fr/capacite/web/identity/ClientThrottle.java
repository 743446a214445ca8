package fr.capacite.web.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed logins per client address, beside the per-account throttle: one address that tries many
 * accounts (password spraying) is stopped after {@value #MAX_FAILURES} failures in {@link #WINDOW},
 * counted from its first failure. Bounded in memory, so that a flood of addresses cannot fill the
 * heap. Behind a proxy the address is the one the proxy passes on (docs/deployment.md).
 */
@ApplicationScoped
public class ClientThrottle {

  static final int MAX_FAILURES = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Cache<String, AtomicInteger> failures =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(WINDOW).build();

  public boolean blocked(String address) {
    AtomicInteger n = failures.getIfPresent(address);
    return n != null && n.get() >= MAX_FAILURES;
  }

  public void failed(String address) {
    failures.get(address, a -> new AtomicInteger()).incrementAndGet();
  }
}
