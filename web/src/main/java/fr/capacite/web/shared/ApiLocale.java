package fr.capacite.web.shared;

import fr.capacite.application.identity.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
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
      for (Locale l : headers.getAcceptableLanguages()) {
        if ("en".equals(l.getLanguage())) {
          return Locale.UK;
        }
        if ("fr".equals(l.getLanguage())) {
          return Locale.FRENCH;
        }
      }
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
    for (Locale l : java.util.Collections.list(request.getLocales())) {
      if ("en".equals(l.getLanguage())) {
        return Locale.UK;
      }
      if ("fr".equals(l.getLanguage())) {
        return Locale.FRENCH;
      }
    }
    return Locale.FRENCH;
  }
}
