package fr.capacite.web.shared;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** The body of every API error: a stable code (the i18n key) and a translated message. */
public record ApiError(int status, String code, String message) {

  /**
   * Writes the error from a servlet filter (before JAX-RS runs), in the language the person chose
   * (cookie) or their client prefers, as the exception mappers do short of reading the account.
   */
  public static void write(
      HttpServletRequest req, HttpServletResponse res, int status, String code, Object... args)
      throws IOException {
    Locale locale = ApiLocale.withoutAccount(req);
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
