package fr.capacite.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.testing.BrowserSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visitor signs up from the login page, activates the account from the mail (read from a test
 * mail server), logs in with their address; forgets their password, resets it from the second mail,
 * and logs in with the new one; the pages read in English too, with axe throughout.
 */
class SelfServiceBrowserIT extends BrowserSupport {

  private static final Pattern LINK = Pattern.compile("token=([A-Za-z0-9_-]{43})");

  private static GreenMail smtp;

  @BeforeAll
  static void startMail() {
    smtp = new GreenMail(new ServerSetup(3027, "localhost", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopMail() {
    smtp.stop();
  }

  private String tokenOfMail(String to, int nth) throws Exception {
    smtp.waitForIncomingEmail(20_000, nth);
    int seen = 0;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(to) && ++seen == nth) {
        Matcher t = LINK.matcher((String) m.getContent());
        assertTrue(t.find(), "the mail carries a link: " + m.getContent());
        return t.group(1);
      }
    }
    throw new AssertionError("no mail " + nth + " to " + to);
  }

  @Test
  void aVisitorSignsUpActivatesLogsInForgetsAndResetsThePassword() throws Exception {
    String address = "camille.nouvelle." + System.nanoTime() + "@exemple.fr";
    browser.driver().manage().deleteAllCookies();
    browser.get("login.xhtml");
    browser.click("a[id$='signup']");
    browser.waitForText("Créer un compte");
    browser.assertAccessible();
    browser.type("input[id='signup:email']", address);
    browser.type("input[id='signup:name']", "Camille Nouvelle");
    browser.type("input[id='signup:password']", "Lanterne-Boussole-Écume-31");
    browser.click("button[id='signup:submit']");
    browser.waitForText(
        "Si cette adresse peut être utilisée, un lien d’activation vient de lui être envoyé");
    assertNull(browser.sessionId(), "signing up starts no session");
    browser.assertAccessible();

    browser.get("signup-confirm.xhtml?token=" + tokenOfMail(address, 1));
    browser.click("button[id='confirm:submit']");
    browser.waitForText("Votre compte est créé. Votre identifiant : camille.nouvelle.");
    browser.assertAccessible();

    browser.attemptLogin(address, "Lanterne-Boussole-Écume-31");
    browser.find("#currentUser");
    assertTrue(browser.find("#currentUser").getText().startsWith("camille.nouvelle."));
    browser.logout();

    browser.get("login.xhtml");
    browser.click("a[id$='forgotten']");
    browser.waitForText("Mot de passe oublié");
    browser.type("input[id='forgotten:email']", address);
    browser.click("button[id='forgotten:submit']");
    browser.waitForText("Si un compte utilise cette adresse, un lien vient de lui être envoyé");
    browser.assertAccessible();
    String reset = tokenOfMail(address, 2);
    browser.get("password-reset.xhtml?token=" + reset);
    browser.type("input[id='reset:password']", "Marronnier-Azur-Falaise-58");
    browser.click("button[id='reset:submit']");
    browser.waitForText("Mot de passe enregistré.");
    browser.assertAccessible();
    // The link works once.
    browser.get("password-reset.xhtml?token=" + reset);
    browser.find("#invalid");

    browser.attemptLogin(address, "Marronnier-Azur-Falaise-58");
    browser.find("#currentUser");
    browser.logout();
  }

  @Test
  void theAccountPagesReadInEnglish() {
    browser.driver().manage().deleteAllCookies();
    browser.get("signup.xhtml");
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    assertEquals("Create an account", browser.find("h1").getText());
    browser.assertAccessible();
    browser.get("password-forgotten.xhtml");
    assertEquals("Forgotten password", browser.find("h1").getText());
    browser.get("password-reset.xhtml?token=" + "A".repeat(43));
    assertTrue(browser.find("#invalid").getText().contains("This link no longer works"));
    browser.assertAccessible();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));
  }
}
