package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Browser;
import fr.capacite.testing.Http;
import fr.capacite.testing.ServerProcess;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * The production topology on loopback, started by the operators' own command ({@code
 * ear/cluster.sh}): two GlassFish servers behind nginx, one PostgreSQL database, one file store. A
 * person stays on their server and works there; a deactivation made on the other server ends their
 * session at once, a logout ends it everywhere; a resource published on one server is found by
 * search on the other within 5 seconds; a file uploaded on one is served by the other.
 */
class TwoNodesIT {

  private static final int PORT = 18490;
  private static final Duration SEARCH_DELAY = Duration.ofSeconds(5);

  @Test
  void twoServersBehindNginxShareSessionsSearchAndFiles() throws Exception {
    Path data = Path.of("target", "cluster").toAbsolutePath();
    Path log = Path.of("target", "cluster.log").toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                Path.of("cluster.sh").toAbsolutePath().toString(),
                "--port",
                String.valueOf(PORT),
                "--data",
                data.toString(),
                "--heap",
                "640m",
                "--demo")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    ServerProcess.environment(pb, PORT, true);
    Process cluster = pb.start();
    String root = "http://localhost:" + PORT + "/";
    try {
      awaitReady(cluster, log);

      // Sticky sessions: each person stays on the server that holds their session.
      HttpClient mediator = pinned(root, "node1");
      login(mediator, root, "mediatrice");
      HttpClient juror = pinned(root, "node2");
      login(juror, root, "jure");
      int requests = 0;
      for (int i = 0; i < 10; i++) {
        HttpResponse<String> a = get(mediator, root + "index.xhtml");
        assertTrue(a.body().contains("id=\"currentUser\""), "logged in on every request");
        assertEquals("node1", servedBy(a));
        HttpResponse<String> b = get(juror, root + "index.xhtml");
        assertTrue(b.body().contains("id=\"currentUser\""));
        assertEquals("node2", servedBy(b));
        requests += 2;
      }

      // A resource published through server 1 is found by search on server 2.
      String word = "zorglub" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      HttpResponse<String> created =
          send(mediator, root, "POST", "api/library/resources", form("Atelier " + word));
      assertEquals(201, created.statusCode(), created.body());
      String slug = json(created).getString("slug");
      assertEquals(
          200,
          send(mediator, root, "POST", "api/library/resources/" + slug + "/submission", null)
              .statusCode());
      Instant published = Instant.now();
      boolean found = false;
      while (!found && Duration.between(published, Instant.now()).compareTo(SEARCH_DELAY) < 0) {
        HttpResponse<String> r = get(juror, root + "api/library/search?q=" + word);
        assertEquals("node2", servedBy(r));
        found = r.body().contains(slug);
        if (!found) {
          Thread.sleep(100);
        }
      }
      double searchDelay = Duration.between(published, Instant.now()).toMillis() / 1000.0;
      assertTrue(found, "found on server 2 within " + SEARCH_DELAY);

      // A file uploaded on server 1 is served by server 2 (one shared file store).
      String fileUrl = uploadImageThrough(root, "node1");
      HttpClient reader = pinned(root, "node2");
      login(reader, root, "mediatrice");
      HttpResponse<byte[]> file =
          reader.send(
              HttpRequest.newBuilder(URI.create(fileUrl)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode(), fileUrl);
      assertEquals(
          "node2", file.headers().firstValue("Set-Cookie").map(TwoNodesIT::node).orElse(""));
      assertTrue(file.body().length > 0);

      // Deactivation on server 2 ends at once a session held by server 1.
      HttpClient advisor = pinned(root, "node1");
      login(advisor, root, "conseiller");
      assertEquals(200, send(advisor, root, "GET", "api/library/resources", null).statusCode());
      setActive("conseiller", root, "node2", false);
      HttpResponse<String> ended = send(advisor, root, "GET", "api/library/resources", null);
      assertEquals(401, ended.statusCode(), "the next request on server 1 is refused");
      assertEquals("api.sessionEnded", json(ended).getString("code"));
      setActive("conseiller", root, "node2", true);

      // A daily job asked for on both servers at once runs once, on one of them.
      HttpClient admin1 = pinned(root, "node1");
      login(admin1, root, "admin");
      HttpClient admin2 = pinned(root, "node2");
      login(admin2, root, "admin");
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      List<JsonObject> runs;
      try {
        var a =
            pool.submit(() -> json(send(admin1, root, "POST", "api/jobs/retention/runs", null)));
        var b =
            pool.submit(() -> json(send(admin2, root, "POST", "api/jobs/retention/runs", null)));
        runs = List.of(a.get(2, TimeUnit.MINUTES), b.get(2, TimeUnit.MINUTES));
      } finally {
        pool.shutdownNow();
      }
      long ran = runs.stream().filter(r -> r.getBoolean("ran")).count();
      assertTrue(ran <= 1, "never twice: " + runs);
      assertEquals(
          runs.get(0).getString("holder"), runs.get(1).getString("holder"), "one holder: " + runs);
      assertFalse(
          json(send(admin1, root, "POST", "api/jobs/retention/runs", null)).getBoolean("ran"),
          "today's occurrence is done");

      // A logout on server 1 ends the session for good: its cookie opens nothing anywhere.
      HttpCookie session = sessionCookie(mediator, root);
      assertEquals(
          200,
          mediator
              .send(
                  HttpRequest.newBuilder(URI.create(root + "logout"))
                      .header("Origin", root.replaceAll("/$", ""))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
      for (String node : List.of("node1", "node2")) {
        HttpClient replay = pinned(root, node);
        ((CookieManager) replay.cookieHandler().orElseThrow())
            .getCookieStore()
            .add(URI.create(root), session);
        HttpResponse<String> r = send(replay, root, "GET", "api/library/resources", null);
        assertEquals(401, r.statusCode(), "the old session on " + node);
      }

      System.out.printf(
          "Two servers behind nginx: %d requests each on its own server; a resource published on"
              + " server 1 found by search on server 2 after %.1f s; a file uploaded on server 1"
              + " served by server 2; deactivation on server 2 ended the session on server 1 at"
              + " once; a logout ended it on both; today's retention job asked on both servers ran"
              + " once (%s)%n",
          requests,
          searchDelay,
          ran == 1
              ? "on "
                  + runs.stream()
                      .filter(r -> r.getBoolean("ran"))
                      .findFirst()
                      .orElseThrow()
                      .getString("holder")
              : "earlier, by the night's timer");
    } finally {
      cluster.destroy();
      if (!cluster.waitFor(90, TimeUnit.SECONDS)) {
        cluster.destroyForcibly();
      }
    }
  }

  private static void awaitReady(Process cluster, Path log) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(8));
    while (Instant.now().isBefore(until)) {
      if (!cluster.isAlive()) {
        throw new AssertionError("ear/cluster.sh stopped:\n" + Files.readString(log));
      }
      if (Files.exists(log) && Files.readString(log).contains("Capacité is ready")) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("the cluster did not start:\n" + Files.readString(log));
  }

  /** A client whose requests go to one server: the cookie nginx's stickiness reads. */
  private static HttpClient pinned(String root, String node) {
    CookieManager cookies = new CookieManager();
    HttpCookie c = new HttpCookie("CAPACITE_NODE", node);
    c.setPath("/");
    c.setVersion(0);
    cookies.getCookieStore().add(URI.create(root), c);
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  private static HttpCookie sessionCookie(HttpClient http, String root) {
    return ((CookieManager) http.cookieHandler().orElseThrow())
        .getCookieStore().get(URI.create(root)).stream()
            .filter(c -> c.getName().equals("JSESSIONID"))
            .findFirst()
            .orElseThrow();
  }

  private static void login(HttpClient http, String root, String user) throws Exception {
    Http.logIn(http, root, user, DemoAccounts.PASSWORD);
  }

  /** An administrator, in a browser on {@code node}, deactivates or reactivates an account. */
  private static void setActive(String username, String root, String node, boolean active)
      throws Exception {
    try (Browser browser = Browser.open(new URL(root))) {
      onNode(browser, node);
      browser.attemptLogin("admin", DemoAccounts.PASSWORD);
      browser.find("#currentUser");
      browser.inFrench();
      assertEquals(node, browser.driver().manage().getCookieNamed("CAPACITE_NODE").getValue());
      browser.openAccount(username);
      browser.click(active ? "button[id='user:reactivate']" : "button[id='user:deactivate']");
      browser.waitForText(active ? "réactivé" : "désactivé");
    }
  }

  /**
   * Puts the browser on {@code node} the way nginx does it: a request without the cookie goes to
   * the next server in turn, and its answer sets the cookie; repeated until it names the node.
   */
  private static void onNode(Browser browser, String node) {
    for (int attempt = 0; attempt < 8; attempt++) {
      browser.driver().manage().deleteAllCookies();
      browser.get("login.xhtml");
      Cookie c = browser.driver().manage().getCookieNamed("CAPACITE_NODE");
      if (c != null && node.equals(c.getValue())) {
        return;
      }
    }
    throw new AssertionError("nginx never sent the browser to " + node);
  }

  /** Uploads an image into a demo resource through the edit page, on {@code node}; its address. */
  private static String uploadImageThrough(String root, String node) throws Exception {
    Path image = Files.createTempDirectory("upload").resolve("atelier-" + node + ".png");
    BufferedImage picture = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(7, 7, (int) (Math.random() * 0xFFFFFF));
    ImageIO.write(picture, "png", image.toFile());
    try (Browser browser = Browser.open(new URL(root))) {
      onNode(browser, node);
      browser.attemptLogin("mediatrice", DemoAccounts.PASSWORD);
      browser.find("#currentUser");
      browser.inFrench();
      browser.get("library/edit.xhtml?r=faire-durer-son-telephone-cinq-gestes");
      browser.waitForText("Ajouter un fichier ou une image");
      browser
          .driver()
          .findElement(org.openqa.selenium.By.cssSelector("input[type='file']"))
          .sendKeys(image.toString());
      browser.waitForText("Fichier reçu");
      browser.click("button[id$=':insert']");
      // The new image's block is the one whose alternative text is still empty.
      org.openqa.selenium.WebElement alt =
          browser
              .wait(10)
              .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
              .until(
                  d ->
                      browser.all("input[id$=':alt']").stream()
                          .filter(e -> e.isDisplayed() && e.getAttribute("value").isEmpty())
                          .reduce((first, second) -> second)
                          .orElse(null));
      String text = "Une illustration envoyée sur " + node + " " + UUID.randomUUID();
      alt.sendKeys(text);
      browser.type("input[id='edit:changeSummary']", "Illustration (deux serveurs)");
      browser.click("button[id='edit:save']");
      browser.waitForText(text);
      assertEquals(node, browser.driver().manage().getCookieNamed("CAPACITE_NODE").getValue());
      String src =
          browser.find("figure.resource-image img[alt='" + text + "']").getAttribute("src");
      assertFalse(src.isEmpty());
      return src.replace("thumbnail=true", "thumbnail=false");
    }
  }

  private static String node(String setCookie) {
    var m = java.util.regex.Pattern.compile("CAPACITE_NODE=([a-z0-9]*)").matcher(setCookie);
    return m.find() ? m.group(1) : "";
  }

  private static String servedBy(HttpResponse<?> r) {
    return r.headers().allValues("Set-Cookie").stream()
        .map(TwoNodesIT::node)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static String form(String title) {
    return Http.resourceForm(title, title, "Création");
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Http.json(r);
  }

  private static HttpResponse<String> get(HttpClient http, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "fr").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(
      HttpClient http, String root, String method, String path, String json)
      throws IOException, InterruptedException {
    return Http.send(http, root, method, path, json);
  }
}
