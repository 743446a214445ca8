package fr.capacite.web.shared;

import fr.capacite.application.identity.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /language?set=en&return=/path}: switches the interface language from any page (error pages
 * included), remembers it in the browser and on the account, and goes back. Only paths of this
 * application are accepted as the return address (no open redirect).
 */
@WebServlet(name = "LanguageServlet", urlPatterns = "/language")
public class LanguageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LocaleBean locale;
  @EJB private AuthenticationService authentication;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String language = req.getParameter("set");
    if (language != null && LocaleBean.SUPPORTED.contains(language)) {
      locale.use(language, res);
      if (req.getUserPrincipal() != null) {
        authentication.rememberLocale(req.getUserPrincipal().getName(), language);
      }
    }
    res.sendRedirect(req.getContextPath() + safeReturn(req.getParameter("return")));
  }

  /** A local absolute path, or the home page. */
  public static String safeReturn(String path) {
    if (path == null
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.contains("\\")
        || path.contains("\r")
        || path.contains("\n")
        || path.startsWith("/WEB-INF")) {
      return "/index.xhtml";
    }
    return path;
  }
}
