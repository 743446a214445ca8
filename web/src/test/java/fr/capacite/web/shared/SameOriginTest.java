package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameOriginTest {

  static HttpServletRequest request(Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SameOriginTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (p, m, a) ->
                switch (m.getName()) {
                  case "getHeader" -> headers.get((String) a[0]);
                  case "getServerName" -> "localhost";
                  case "getServerPort" -> 8080;
                  default -> null;
                });
  }

  @Test
  void requestsFromThisSiteAreAccepted() {
    assertTrue(SameOrigin.isSameOrigin(request(Map.of("Origin", "http://localhost:8080"))));
    assertTrue(
        SameOrigin.isSameOrigin(
            request(Map.of("Referer", "http://localhost:8080/admin/users.xhtml"))));
    // A browser that sends "null" as its origin is judged by its Referer.
    assertTrue(
        SameOrigin.isSameOrigin(
            request(Map.of("Origin", "null", "Referer", "http://localhost:8080/x.xhtml"))));
  }

  @Test
  void requestsFromAnotherSiteOrFromNowhereAreRefused() {
    assertFalse(SameOrigin.isSameOrigin(request(Map.of("Origin", "http://evil.example"))));
    assertFalse(SameOrigin.isSameOrigin(request(Map.of("Origin", "http://localhost:9999"))));
    assertFalse(
        SameOrigin.isSameOrigin(request(Map.of("Origin", "http://localhost.evil.example:8080"))));
    assertFalse(SameOrigin.isSameOrigin(request(Map.of("Referer", "not a uri at all %%"))));
    assertFalse(SameOrigin.isSameOrigin(request(Map.of("Origin", "null"))));
    // A state change that names no origin at all is not taken on trust.
    assertFalse(SameOrigin.isSameOrigin(request(Map.of())));
  }

  @Test
  void aFormWithoutServerStateRefusesOnlyRequestsThatNameAnotherSite() {
    assertTrue(SameOrigin.isCrossSite(request(Map.of("Origin", "http://evil.example"))));
    assertTrue(SameOrigin.isCrossSite(request(Map.of("Origin", "null"))));
    assertTrue(SameOrigin.isCrossSite(request(Map.of("Referer", "http://evil.example/page"))));
    assertFalse(SameOrigin.isCrossSite(request(Map.of("Origin", "http://localhost:8080"))));
    // A client that names no page (not a browser on another site) may still log in.
    assertFalse(SameOrigin.isCrossSite(request(Map.of())));
  }

  @Test
  void theMediaTypeIsReadWithoutItsParameters() {
    assertEquals("application/json", ApiWriteFilter.mediaType("Application/JSON; charset=UTF-8"));
    assertEquals("text/plain", ApiWriteFilter.mediaType("text/plain"));
    assertEquals("", ApiWriteFilter.mediaType(null));
  }
}
