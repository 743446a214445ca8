package fr.capacite.web.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Checks that a state-changing request comes from this site (Origin, else Referer). */
final class SameSite {

  private SameSite() {}

  static boolean isSameOrigin(HttpServletRequest req) {
    String source = req.getHeader("Origin");
    if (source == null || source.isBlank() || "null".equals(source)) {
      source = req.getHeader("Referer");
    }
    if (source == null || source.isBlank()) {
      return true; // non-browser clients send neither; the SameSite cookie still applies
    }
    try {
      URI uri = URI.create(source);
      int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      return req.getServerName().equalsIgnoreCase(uri.getHost()) && req.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
