package fr.capacite.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this request: French by default, English on request. The choice lives
 * in a cookie rather than in the HTTP session, so that anonymous visitors get no server session (a
 * session per visit would let anyone fill the heap) and every node of a cluster reads it alike; a
 * logged-in user's choice is also stored on the account and set again at each login.
 */
@Named
@RequestScoped
public class LocaleBean {

  public static final List<String> SUPPORTED = List.of("fr", "en");

  /** The cookie holding the chosen language ({@code fr} or {@code en}). */
  public static final String COOKIE = "capacite-lang";

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Inject private HttpServletRequest request;

  private Locale locale = Locale.FRENCH;

  @PostConstruct
  void readChoice() {
    locale = of(chosen(request));
  }

  /**
   * The locale of a supported language. English is British English (en-GB): day before month,
   * 24-hour times and weeks starting on Monday, as the field's English readers in Europe expect.
   */
  public static Locale of(String language) {
    return "en".equals(language) ? Locale.UK : Locale.FRENCH;
  }

  /** The language the request's cookie names, or null. */
  static String chosen(HttpServletRequest request) {
    Cookie[] cookies = request == null ? null : request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /**
   * Applies a language to the rest of this request and remembers it in the browser (the one stored
   * on the account at login, or a choice from the language switch).
   */
  public void use(String language, HttpServletResponse response) {
    locale = of(language);
    FacesContext fc = FacesContext.getCurrentInstance();
    if (fc != null && fc.getViewRoot() != null) {
      fc.getViewRoot().setLocale(locale);
    }
    Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
