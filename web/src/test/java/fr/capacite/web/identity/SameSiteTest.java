package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameSiteTest {

  private static HttpServletRequest request(Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SameSiteTest.class.getClassLoader(),
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
  void postsFromThisSiteAreAccepted() {
    assertTrue(SameSite.isSameOrigin(request(Map.of("Origin", "http://localhost:8080"))));
    assertTrue(
        SameSite.isSameOrigin(
            request(Map.of("Referer", "http://localhost:8080/admin/users.xhtml"))));
    assertTrue(SameSite.isSameOrigin(request(Map.of())));
  }

  @Test
  void postsFromAnotherSiteAreRefused() {
    assertFalse(SameSite.isSameOrigin(request(Map.of("Origin", "http://evil.example"))));
    assertFalse(SameSite.isSameOrigin(request(Map.of("Origin", "http://localhost:9999"))));
    assertFalse(SameSite.isSameOrigin(request(Map.of("Referer", "not a uri at all %%"))));
  }
}
