package fr.capacite.web.identity;

import fr.capacite.application.identity.AuthenticationService;
import fr.capacite.web.shared.ApiError;
import fr.capacite.web.shared.SecurityHeadersFilter;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalInt;

/**
 * An open session never outlives a change of its account. Every authenticated request compares the
 * stamp the session logged in with to the account's current one, read from the database (so a
 * change made on another node counts too): deactivation, a change of roles or of password raises
 * it, and the session then ends on its next request — a page goes to the login page with the
 * reason, the API answers 401.
 */
@WebFilter(filterName = "SessionRevalidationFilter", urlPatterns = "/*", asyncSupported = true)
public class SessionRevalidationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute holding the stamp the session logged in with. */
  public static final String STAMP = "fr.capacite.sessionStamp";

  @EJB private AuthenticationService authentication;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = req.getUserPrincipal();
    if (caller == null || SecurityHeadersFilter.isStaticResource(req)) {
      chain.doFilter(req, res);
      return;
    }
    HttpSession session = req.getSession(false);
    Object stamp = session == null ? null : session.getAttribute(STAMP);
    OptionalInt current = authentication.findSessionStamp(caller.getName());
    if (stamp instanceof Integer s && current.isPresent() && current.getAsInt() == s) {
      chain.doFilter(req, res);
      return;
    }
    end(req, res);
  }

  private static void end(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    req.logout();
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String login = req.getContextPath() + "/login.xhtml?ended=true";
    if (path.startsWith("/api/")) {
      ApiError.write(req, res, HttpServletResponse.SC_UNAUTHORIZED, "api.sessionEnded");
    } else if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      // A Faces Ajax request follows a redirect only when told in a partial response.
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.setHeader("Cache-Control", "no-store");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login
                  + "\"/></partial-response>");
    } else {
      res.setHeader("Cache-Control", "no-store");
      res.sendRedirect(login);
    }
  }
}
