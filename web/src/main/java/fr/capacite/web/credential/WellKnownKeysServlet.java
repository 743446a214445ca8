package fr.capacite.web.credential;

import fr.capacite.application.credential.CredentialService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /.well-known/jwks.json}: the issuer's public keys at the address verifiers look first (the
 * same JWK set as {@code /api/credentials/keys}). Public, read-only, cacheable for an hour.
 */
@WebServlet(name = "WellKnownKeysServlet", urlPatterns = "/.well-known/jwks.json")
public class WellKnownKeysServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialService credentials;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/jwk-set+json");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("Cache-Control", "public, max-age=3600");
    resp.getWriter().write(credentials.keySet().toString());
  }
}
