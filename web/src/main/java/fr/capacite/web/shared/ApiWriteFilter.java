package fr.capacite.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery on the REST API: every state change (POST, PUT, PATCH, DELETE) must
 * come from this site (Origin, else Referer) and, when it has a body, be JSON or the documented CSV
 * type — which no cross-site HTML form can send, and which a cross-site script cannot send without
 * a CORS preflight this API never grants. Clients other than browsers send an Origin header naming
 * this site (docs/security.md). The public check of a credential, which changes nothing, is open to
 * any verifier.
 */
@WebFilter(filterName = "ApiWriteFilter", urlPatterns = "/api/*", asyncSupported = true)
public class ApiWriteFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  static final Set<String> BODY_TYPES =
      Set.of("application/json", "application/ld+json", "text/csv");

  /** Largest JSON body of an ordinary write, in MiB. */
  static final int JSON_LIMIT_MB = 1;

  /** Largest CSV import (Pix results) and library import (a whole exported library), in MiB. */
  static final int IMPORT_LIMIT_MB = 32;

  /** Writes anyone may post from anywhere: they read and change nothing. */
  private static final Set<String> OPEN = Set.of("/api/credentials/verification");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE.contains(req.getMethod())
        || OPEN.contains(req.getRequestURI().substring(req.getContextPath().length()))) {
      chain.doFilter(req, res);
      return;
    }
    if (!SameOrigin.isSameOrigin(req)) {
      ApiError.write(req, res, HttpServletResponse.SC_FORBIDDEN, "api.crossSite");
      return;
    }
    if (hasBody(req) && !BODY_TYPES.contains(mediaType(req.getContentType()))) {
      ApiError.write(req, res, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "api.mediaType");
      return;
    }
    int limit = limitMb(req);
    if (req.getContentLengthLong() > limit * 1024L * 1024L
        || (req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null)) {
      // A body of unknown length is refused too: it could not be bounded before it is read.
      ApiError.write(req, res, 413, "error.api.tooLarge", limit);
      return;
    }
    chain.doFilter(req, res);
  }

  static int limitMb(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return "text/csv".equals(mediaType(req.getContentType())) || path.equals("/api/library/imports")
        ? IMPORT_LIMIT_MB
        : JSON_LIMIT_MB;
  }

  private static boolean hasBody(HttpServletRequest req) {
    return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
  }

  /** The media type without its parameters ({@code charset}), in lower case. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
