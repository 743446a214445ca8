package fr.capacite.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Whether a request comes from a page of this site, by its Origin header, else its Referer. */
public final class SameOrigin {

  private SameOrigin() {}

  /**
   * True when the Origin (or, when a browser sends none, the Referer) names this site's scheme,
   * host and port. A request that names neither is not same-origin: state changes require one.
   */
  public static boolean isSameOrigin(HttpServletRequest req) {
    String source = req.getHeader("Origin");
    if (source == null || source.isBlank() || "null".equals(source)) {
      source = req.getHeader("Referer");
    }
    if (source == null || source.isBlank()) {
      return false;
    }
    try {
      URI uri = URI.create(source.trim());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return false;
      }
      int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
      // Host and port, as the Host header gives them: behind a proxy that ends TLS the scheme seen
      // here is http while the browser's is https.
      return req.getServerName().equalsIgnoreCase(uri.getHost()) && req.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * True when the request says it comes from another site: an Origin (or, without one, a Referer)
   * naming another site, or the opaque {@code Origin: null}. Browsers send an Origin with every
   * cross-site form post, so a form without server state (the login page) refuses those; a client
   * that sends neither header is not a browser on another site's page.
   */
  public static boolean isCrossSite(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    String referer = req.getHeader("Referer");
    boolean named =
        (origin != null && !origin.isBlank()) || (referer != null && !referer.isBlank());
    return named && !isSameOrigin(req);
  }
}
