package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL out of reach for 30 seconds under the production server: every page answers a
 * translated maintenance page (503), the API answers 503 in JSON, and the server recovers by itself
 * when the database returns, with the sessions opened before. The outage is made as the database
 * sees one: it refuses new connections and ends the open ones.
 */
class DatabaseOutageIT {

  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void pagesAndTheApiAnswer503WhileTheDatabaseIsAwayAndRecoverByThemselves() throws Exception {
    try (ServerProcess server = ServerProcess.start("outage-server", 18480)) {
      HttpClient mediator = server.loggedIn("mediatrice", DemoAccounts.PASSWORD);
      HttpClient anonymous = HttpClient.newHttpClient();
      assertEquals(200, get(mediator, server.root() + "index.xhtml", "fr").statusCode());
      assertEquals(200, get(mediator, server.root() + "api/library/resources", "fr").statusCode());

      String db = ServerProcess.databaseName();
      Instant cut = Instant.now();
      ServerProcess.sql(
          "ALTER DATABASE " + db + " ALLOW_CONNECTIONS false",
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
      int pages = 0;
      int api = 0;
      try {
        while (Duration.between(cut, Instant.now()).compareTo(OUTAGE) < 0) {
          HttpResponse<String> page = get(mediator, server.root() + "index.xhtml", "fr");
          assertEquals(503, page.statusCode(), page.body());
          assertTrue(page.body().contains("Capacité est momentanément indisponible"), page.body());
          assertTrue(page.body().contains("<html lang=\"fr\""));
          assertEquals("30", page.headers().firstValue("Retry-After").orElse(""));
          pages++;

          HttpResponse<String> english = get(anonymous, server.root() + "login.xhtml", "en");
          assertEquals(503, english.statusCode());
          assertTrue(english.body().contains("Capacité is briefly unavailable"), english.body());
          pages++;

          HttpResponse<String> rest = get(mediator, server.root() + "api/library/resources", "en");
          assertEquals(503, rest.statusCode(), rest.body());
          assertTrue(rest.body().contains("\"code\":\"api.maintenance\""), rest.body());
          assertTrue(
              rest.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
          api++;
          // A load balancer's health check sends users elsewhere meanwhile.
          assertEquals(503, get(anonymous, server.root() + "api/health", "fr").statusCode());
          api++;
          Thread.sleep(1000);
        }
      } finally {
        ServerProcess.sql("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
      }
      Instant back = Instant.now();
      HttpResponse<String> page;
      do {
        Thread.sleep(500);
        page = get(mediator, server.root() + "index.xhtml", "fr");
      } while (page.statusCode() == 503
          && Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0);
      double recovery = Duration.between(back, Instant.now()).toMillis() / 1000.0;
      assertEquals(200, page.statusCode(), "recovered by itself:\n" + server.tail());
      assertTrue(
          page.body().contains("id=\"currentUser\""), "the session opened before still works");
      assertEquals(200, get(mediator, server.root() + "api/library/resources", "fr").statusCode());
      assertEquals(200, get(anonymous, server.root() + "login.xhtml", "fr").statusCode());
      HttpResponse<String> health = get(anonymous, server.root() + "api/health", "fr");
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"UP\"}", health.body());
      System.out.printf(
          "Database outage of %d s: %d page and %d API requests answered 503 (translated);"
              + " served again %.1f s after the database returned%n",
          OUTAGE.toSeconds(), pages, api, recovery);
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url, String language)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
