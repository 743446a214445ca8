package fr.capacite.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client a request comes from. Behind a load balancer every request comes from
 * the balancer: when it is one of the trusted proxies ({@code capacite.trustedProxies}, set by
 * {@code ear/run.sh --trusted-proxy}), the client is the last address of {@code X-Forwarded-For},
 * the one the balancer itself added (those before it are whatever the client claimed). Written here
 * because GlassFish's HTTP listener has no such setting; the rule is the usual one.
 */
public final class ClientAddress {

  public static final String TRUSTED_PROXIES_PROPERTY = "capacite.trustedProxies";

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(
        request.getRemoteAddr(),
        request.getHeader("X-Forwarded-For"),
        System.getProperty(TRUSTED_PROXIES_PROPERTY, ""));
  }

  static String of(String remote, String forwardedFor, String trustedProxies) {
    Set<String> trusted =
        Arrays.stream(trustedProxies.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (forwardedFor == null || !trusted.contains(remote)) {
      return remote;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? remote : last;
  }
}
