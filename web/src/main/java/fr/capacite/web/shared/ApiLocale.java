package fr.capacite.web.shared;

import fr.capacite.application.identity.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language of a REST answer: the one stored on the caller's account, else the interface
 * language the browser chose (its cookie), else the client's {@code Accept-Language}, else French.
 */
public final class ApiLocale {

  private ApiLocale() {}

  public static Locale of(HttpServletRequest request, HttpHeaders headers) {
    if (request != null && request.getUserPrincipal() != null) {
      var account =
          CDI.current().select(AccountService.class).get().findOwnLanguage().map(LocaleBean::of);
      if (account.isPresent()) {
        return account.get();
      }
    }
    if (request != null) {
      return withoutAccount(request);
    }
    if (headers != null) {
      return fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
    return Locale.FRENCH;
  }

  /**
   * The same without reading the account (a servlet filter before JAX-RS, or the database out of
   * reach): the language cookie, else {@code Accept-Language}, else French.
   */
  public static Locale withoutAccount(HttpServletRequest request) {
    String chosen = LocaleBean.chosen(request);
    if (chosen != null) {
      return LocaleBean.of(chosen);
    }
    return fromAcceptLanguage(request.getHeader("Accept-Language"));
  }

  /**
   * The first of French or English a client's {@code Accept-Language} prefers, else French. Read
   * from the header itself: without it, {@code ServletRequest.getLocales()} answers the server's
   * own default locale (English on an English-speaking machine), which nobody asked for.
   */
  static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Locale.FRENCH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return Locale.FRENCH;
    }
    for (Locale.LanguageRange range : ranges) {
      String language = range.getRange().split("-", 2)[0];
      if (range.getWeight() > 0 && "en".equals(language)) {
        return Locale.UK;
      }
      if (range.getWeight() > 0 && "fr".equals(language)) {
        return Locale.FRENCH;
      }
    }
    return Locale.FRENCH;
  }
}
