package fr.capacite.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces
 * (a per-request script nonce, see web.xml); everything else (REST, static files) gets a policy
 * that allows nothing to run and no framing.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String NON_PAGE_POLICY =
      "default-src 'none'; img-src 'self'; style-src 'self'; font-src 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (!isPage(req)) {
      res.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
    }
    if (req.getUserPrincipal() != null && !isStaticResource(req)) {
      // What a logged-in person sees (pages, JSON, PDF, CSV, iCalendar) stays out of every cache,
      // the browser's included: the next person at a shared computer must not find it.
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }

  /** Style sheets, scripts, fonts and images of the application itself. */
  public static boolean isStaticResource(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** Faces pages (and the welcome page) carry PrimeFaces' own policy. */
  static boolean isPage(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return (path.endsWith(".xhtml") && !path.contains("/jakarta.faces.resource/"))
        || path.equals("/")
        || path.isEmpty();
  }
}
