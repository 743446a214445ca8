package fr.capacite.web.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * While the database is out of reach, every request gets a translated "maintenance" answer with
 * status 503 and {@code Retry-After}: a page for people, {@link ApiError} JSON for the API, a
 * redirect for a Faces Ajax request (to the page, which then shows the maintenance text). Mapped
 * right after the security headers in web.xml, so that no filter behind it (the session check reads
 * the database) waits on the pool first. See {@link DatabaseOutage}.
 */
@WebFilter(filterName = "DatabaseOutageFilter", urlPatterns = "/*", asyncSupported = true)
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String RETRY_AFTER_SECONDS = "30";

  @Resource(lookup = "jdbc/capacite")
  private transient DataSource dataSource;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (SecurityHeadersFilter.isStaticResource(req)) {
      chain.doFilter(req, res);
      return;
    }
    if (DatabaseOutage.isDown(dataSource)) {
      answer(req, res);
      return;
    }
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseOutage.isOutage(e)) {
        throw e;
      }
      DatabaseOutage.markDown(e);
      if (res.isCommitted()) {
        throw e;
      }
      res.reset();
      answer(req, res);
    }
  }

  /** The maintenance answer for this kind of request. */
  static void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/api/")) {
      ApiError.write(req, res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "api.maintenance");
      return;
    }
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      // A Faces Ajax request follows a redirect only when told in a partial response.
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + esc(req.getRequestURI())
                  + "\"/></partial-response>");
      return;
    }
    Locale locale = ApiLocale.withoutAccount(req);
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setContentType("text/html");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Content-Security-Policy", SecurityHeadersFilter.NON_PAGE_POLICY);
    String again =
        req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
    String title = Messages.text(locale, "error.page.503.title");
    res.getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>"
                + esc(title)
                + " – Capacité</title><link rel=\"stylesheet\" href=\""
                + esc(req.getContextPath())
                + "/jakarta.faces.resource/css/capacite.css.xhtml?ln=capacite\"></head><body>"
                + "<main id=\"content\" class=\"app-main\"><h1>"
                + esc(title)
                + "</h1><p id=\"errorText\">"
                + esc(Messages.text(locale, "error.page.503.text"))
                + "</p><p><a id=\"retry\" href=\""
                + esc(again)
                + "\">"
                + esc(Messages.text(locale, "error.page.503.retry"))
                + "</a></p></main></body></html>");
  }

  /** Text or attribute value escaped for HTML and XML (the sanitizer's own encoder). */
  private static String esc(String s) throws IOException {
    StringBuilder out = new StringBuilder(s.length() + 16);
    org.owasp.html.Encoding.encodeRcdataOnto(s, out);
    return out.toString();
  }
}
