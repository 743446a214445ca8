package fr.capacite.web.shared;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/** The body of every API error: a stable code (the i18n key) and a translated message. */
public record ApiError(int status, String code, String message) {

  /**
   * Writes the error from a servlet filter (before JAX-RS runs), in the language the client
   * prefers: French unless it asks for English first, as the exception mappers do.
   */
  public static void write(
      HttpServletRequest req, HttpServletResponse res, int status, String code, Object... args)
      throws IOException {
    Locale locale = Locale.FRENCH;
    for (Locale l : Collections.list(req.getLocales())) {
      if ("en".equals(l.getLanguage())) {
        locale = Locale.UK;
        break;
      }
      if ("fr".equals(l.getLanguage())) {
        break;
      }
    }
    res.setStatus(status);
    res.setContentType("application/json");
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", status)
                .add("code", code)
                .add("message", Messages.text(locale, code, args))
                .build()
                .toString());
  }
}
