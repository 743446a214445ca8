package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Web-layer rules: who sees which area, which responses get which CSP, how errors are translated.
 */
class WebRulesTest {

  @Test
  void referentialIsForEveryRoleAndAdministrationForAdministratorsOnly() {
    var referential =
        Navigation.AREAS.stream()
            .filter(a -> a.key().equals("nav.referential"))
            .findFirst()
            .orElseThrow();
    var admin =
        Navigation.AREAS.stream()
            .filter(a -> a.key().equals("nav.admin"))
            .findFirst()
            .orElseThrow();
    assertEquals(EnumSet.allOf(Role.class), referential.roles());
    assertEquals(EnumSet.of(Role.ADMIN), admin.roles());
  }

  @Test
  void theLibraryTheTrainingCatalogueAndTheObservatoryAloneAreInTheMenuOfVisitors() {
    assertEquals(
        java.util.List.of("nav.library", "nav.offers", "nav.observatory"),
        Navigation.AREAS.stream().filter(Navigation.Area::open).map(Navigation.Area::key).toList());
  }

  private static HttpServletRequest request(String uri) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            WebRulesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  default -> null;
                });
  }

  @Test
  void pagesGetPrimeFacesNoncePolicyAndEverythingElseTheStrictOne() {
    assertTrue(SecurityHeadersFilter.isPage(request("/")));
    assertTrue(SecurityHeadersFilter.isPage(request("/referential/index.xhtml")));
    assertFalse(SecurityHeadersFilter.isPage(request("/api/referential/versions")));
    assertFalse(SecurityHeadersFilter.isPage(request("/jakarta.faces.resource/core.js.xhtml")));
    assertTrue(SecurityHeadersFilter.NON_PAGE_POLICY.contains("frame-ancestors 'none'"));
    assertFalse(SecurityHeadersFilter.NON_PAGE_POLICY.contains("unsafe-inline"));
  }

  @Test
  void businessErrorsAreTranslatedWithTheirArguments() {
    assertEquals(
        "Le mot de passe doit comporter au moins 12 caractères.",
        Messages.text(Locale.FRENCH, "identity.password.tooShort", 12));
    assertEquals(
        "The password must be at least 12 characters long.",
        Messages.text(Locale.ENGLISH, "identity.password.tooShort", 12));
    assertEquals(
        "Quelqu’un a modifié",
        Messages.text(Locale.FRENCH, "error.concurrentEdit").substring(0, 19));
    assertEquals("no.such.key", Messages.text(Locale.FRENCH, "no.such.key"));
  }

  @Test
  void apiErrorsHaveTheRightStatus() {
    var mapper = new BusinessExceptionMapper();
    assertEquals(404, mapper.toResponse(new ObjectNotFoundException("version", "X")).getStatus());
    assertEquals(409, mapper.toResponse(new ConcurrentEditException()).getStatus());
    var bad = mapper.toResponse(new InvalidInputException("referential.version.badPeriod"));
    assertEquals(400, bad.getStatus());
    assertEquals("referential.version.badPeriod", ((ApiError) bad.getEntity()).code());
  }

  @Test
  void theLanguageSwitchOnlyReturnsToPagesOfThisApplication() {
    assertEquals(
        "/referential/version.xhtml?v=REMN-2019",
        LanguageServlet.safeReturn("/referential/version.xhtml?v=REMN-2019"));
    assertEquals("/index.xhtml", LanguageServlet.safeReturn("//evil.example/"));
    assertEquals("/index.xhtml", LanguageServlet.safeReturn("https://evil.example/"));
    assertEquals("/index.xhtml", LanguageServlet.safeReturn("/\\evil.example"));
    assertEquals("/index.xhtml", LanguageServlet.safeReturn("/WEB-INF/errorpages/404.xhtml"));
    assertEquals("/index.xhtml", LanguageServlet.safeReturn(null));
  }

  @Test
  void datesInMessagesReadDayFirstNeverIso() {
    String fr =
        Messages.text(
            Locale.FRENCH,
            "schedule.clash.trainer",
            "Ana",
            java.time.LocalDate.of(2028, 4, 24),
            java.time.LocalTime.of(9, 0),
            "P1");
    assertTrue(fr.contains("le 24/04/2028 de 09:00"), fr);
    String en =
        Messages.text(
            LocaleBean.of("en"), "schedule.clash.trainer", "Ana", "2028-04-24", "14:30", "P1");
    assertTrue(en.contains("24/04/2028"), en);
    assertFalse(en.contains("2028-04-24"), en);
    assertEquals("2026-13-01", Dates.readable("2026-13-01", Locale.FRENCH), "not a day: as typed");
    assertEquals(
        "06/12/2026 10:15",
        Dates.readable(java.time.Instant.parse("2026-12-06T09:15:00Z"), Locale.FRENCH),
        "moments in the organisations' zone (Paris), not the server's");
  }
}
