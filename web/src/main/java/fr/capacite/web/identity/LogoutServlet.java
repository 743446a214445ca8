package fr.capacite.web.identity;

import fr.capacite.application.identity.AuthenticationService;
import fr.capacite.web.shared.SameOrigin;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Logout as a plain POST, so that it works from every page, error pages included (their Faces view
 * cannot be posted back). Cross-site posts are refused: the session cookie is SameSite=Lax
 * (SessionCookieFilter) and the Origin, else the Referer, must be this site.
 */
@WebServlet(name = "LogoutServlet", urlPatterns = "/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AuthenticationService authentication;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    if (!SameOrigin.isSameOrigin(req)) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (req.getUserPrincipal() != null) {
      authentication.logout(req.getUserPrincipal().getName());
    }
    req.logout();
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    res.sendRedirect(req.getContextPath() + "/index.xhtml?loggedOut=true");
  }
}
