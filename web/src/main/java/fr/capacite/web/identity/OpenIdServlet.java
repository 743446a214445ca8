package fr.capacite.web.identity;

import fr.capacite.web.shared.LanguageServlet;
import fr.capacite.web.shared.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The two addresses of a sign-in with an OpenID Connect provider. The container's mechanism answers
 * them first ({@link LoginMechanism}): {@code /oidc/login} sends the person to the provider, {@code
 * /oidc/callback} brings them back logged in. What reaches this servlet is the end of it: logged
 * in, go where they were going; back without a login (they cancelled at the provider), the login
 * page says so. Without a provider set up, neither address exists.
 */
@WebServlet(
    name = "OpenIdServlet",
    urlPatterns = {OpenIdServlet.LOGIN, OpenIdServlet.CALLBACK})
public class OpenIdServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String LOGIN = "/oidc/login";
  static final String CALLBACK = "/oidc/callback";
  private static final String CONTINUE = "fr.capacite.openid.continue";

  @Inject private OpenIdSettings settings;
  @Inject private LoginAttempt attempt;
  @Inject private LocaleBean locale;

  /** Keeps the local address to come back to, for the end of the dialogue. */
  static void rememberContinue(HttpServletRequest request) {
    request
        .getSession(true)
        .setAttribute(CONTINUE, LanguageServlet.safeReturn(request.getParameter("continue")));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store");
    if (!settings.isEnabled()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (req.getUserPrincipal() == null) {
      res.sendRedirect(
          req.getContextPath()
              + LoginMechanism.LOGIN_PAGE
              + "?openid="
              + (req.getParameter("error") != null ? "cancelled" : "failed"));
      return;
    }
    if (attempt.getOutcome() != null && attempt.getOutcome().succeeded()) {
      locale.use(attempt.getOutcome().locale(), res);
    }
    String to = null;
    HttpSession session = req.getSession(false);
    if (session != null) {
      to = (String) session.getAttribute(CONTINUE);
      session.removeAttribute(CONTINUE);
    }
    to = to != null ? to : LanguageServlet.safeReturn(req.getParameter("continue"));
    res.sendRedirect(req.getContextPath() + to);
  }
}
