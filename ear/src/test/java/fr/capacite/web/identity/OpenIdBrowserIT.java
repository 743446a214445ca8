package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.testing.BrowserSupport;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with OpenID Connect against a real provider started by the test (Spring Authorization
 * Server, {@code .ci/oidc-provider}), configured as an installation would configure ProConnect: a
 * new person gets a mediator's account and lands where they were going, an existing account is
 * opened with its own roles and its owner told by mail, an address the provider did not verify
 * opens nothing (in French and English), and people take back the link from their account page.
 */
class OpenIdBrowserIT extends BrowserSupport {

  private static final String SECRET = "capacite-test-secret-" + System.nanoTime();
  private static final String PASSWORD = "Fournisseur-2026";
  private static final String NEW_PERSON = "noemie.durand." + System.nanoTime() + "@exemple.fr";

  private static Process provider;
  private static String issuer;
  private static Path log;
  private static GreenMail smtp;

  @BeforeAll
  static void startMail() {
    smtp = new GreenMail(new ServerSetup(3027, "localhost", "smtp"));
    smtp.start();
  }

  /**
   * Starts the provider once, with the application's callback as its client's only redirect address
   * (known once the EAR is deployed), and points the application at it.
   */
  @BeforeEach
  void startProvider() throws Exception {
    if (provider != null) {
      return;
    }
    File jar = new File(System.getProperty("capacite.oidc-provider.jar", ""));
    if (!jar.isFile()) {
      fail(
          "The test OpenID Connect provider is not built: run 'mvn -pl .ci/oidc-provider package'"
              + " (the README's test command builds it).");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // Another host name than the application's, as a real provider has: the two sites' cookies
    // must not meet.
    issuer = "http://127.0.0.1:" + port;
    log = Files.createTempFile("oidc-provider-", ".log");
    String people =
        String.join(
            ",",
            "noemie:" + PASSWORD + ":" + NEW_PERSON + ":true:Noémie:Durand",
            "fanny:" + PASSWORD + ":formatrice@demo.capacite.fr:true:Fanny:Formatrice",
            "nadir:" + PASSWORD + ":nadir@exemple.fr:false:Nadir:Sans-Preuve");
    provider =
        new ProcessBuilder(
                List.of(
                    System.getProperty("java.home") + "/bin/java",
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.getAbsolutePath(),
                    "--server.port=" + port,
                    "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                    "--capacite.redirect-uri=" + root() + "oidc/callback",
                    "--capacite.client-secret=" + SECRET,
                    "--capacite.people=" + people))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          break;
        }
      } catch (java.io.IOException notYet) {
        // Starting.
      }
      if (!provider.isAlive() || System.nanoTime() > until) {
        fail("The OpenID Connect provider did not start:\n" + Files.readString(log));
      }
      Thread.sleep(250);
    }
    System.setProperty("capacite.oidc.issuer", issuer);
    System.setProperty("capacite.oidc.client-id", "capacite");
    System.setProperty("capacite.oidc.client-secret", SECRET);
  }

  @AfterAll
  static void stopProvider() {
    System.clearProperty("capacite.oidc.issuer");
    System.clearProperty("capacite.oidc.client-id");
    System.clearProperty("capacite.oidc.client-secret");
    if (provider != null) {
      provider.destroy();
      provider = null;
    }
    smtp.stop();
  }

  /** Signs in at the provider's own page (Spring Security's login form). */
  private void atProvider(String login) {
    browser.wait(20).until(d -> d.getCurrentUrl().startsWith(issuer));
    browser.type("#username", login);
    browser.type("#password", PASSWORD);
    browser.click("button[type='submit']");
  }

  @Test
  void aNewPersonSignsInWithTheProviderAndLandsWhereTheyWereGoing() {
    browser.get("account.xhtml");
    // The login page is shown in the protected page's place, with the provider's button.
    assertEquals("S’identifier avec ProConnect", browser.find("#openidLogin").getText());
    browser.assertAccessible();
    browser.click("#openidLogin");
    atProvider("noemie");

    browser.wait(20).until(d -> d.getCurrentUrl().startsWith(root() + "account.xhtml"));
    assertTrue(browser.find("#currentUser").getText().startsWith("noemie.durand."));
    assertNotNull(browser.sessionId());
    // Their account page lists the identity; they take it back.
    String link = browser.find("#openidLinks").getText();
    assertTrue(link.contains("Identité de " + issuer), link);
    assertFalse(fr.capacite.testing.Browser.isoLike(link), link);
    browser.assertAccessible();
    browser.click("button[id$='unlink']");
    browser.waitForText("Cette identité n’ouvre plus votre compte.");
    assertTrue(browser.find("#openidLinks").getText().contains("Aucune identité numérique"));
    browser.logout();
  }

  @Test
  void anExistingAccountOpensWithItsOwnRolesAndItsOwnerIsTold() throws Exception {
    browser.get("login.xhtml");
    browser.click("#openidLogin");
    atProvider("fanny");
    browser.wait(20).until(d -> d.getCurrentUrl().startsWith(root() + "index.xhtml"));
    assertEquals("formatrice", browser.find("#currentUser").getText().split(" ")[0]);
    // A trainer's menu: the account's roles, not the provider's.
    browser.get("cohort/today.xhtml");
    browser.find("h1");
    assertFalse(browser.driver().getPageSource().contains("login:username"));

    assertTrue(smtp.waitForIncomingEmail(20_000, 1));
    MimeMessage m =
        java.util.Arrays.stream(smtp.getReceivedMessages())
            .filter(
                x -> {
                  try {
                    return x.getAllRecipients()[0].toString().equals("formatrice@demo.capacite.fr");
                  } catch (Exception e) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow();
    assertTrue(((String) m.getContent()).contains(issuer));

    // She takes the link back, so that the demo account stays as it was.
    browser.get("account.xhtml");
    browser.click("button[id$='unlink']");
    browser.waitForText("Cette identité n’ouvre plus votre compte.");
    browser.logout();
  }

  @Test
  void anAddressTheProviderDidNotVerifyOpensNothingInBothLanguages() {
    browser.get("login.xhtml");
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Sign in with ProConnect", browser.find("#openidLogin").getText());
    browser.click("#openidLogin");
    atProvider("nadir");
    browser.wait(20).until(d -> d.getCurrentUrl().contains("login.xhtml?openid=unverified"));
    assertTrue(
        browser
            .find("#openidRefused")
            .getText()
            .contains("Your identity provider did not confirm your e-mail address"));
    assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("currentUser")).isEmpty());
    browser.assertAccessible();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
    assertTrue(
        browser
            .find("#openidRefused")
            .getText()
            .contains("Votre fournisseur d’identité n’a pas confirmé votre adresse électronique"));
  }
}
