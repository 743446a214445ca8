package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.application.identity.DemoAccounts;
import fr.capacite.testing.Browser;
import fr.capacite.testing.BrowserSupport;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A manager invites one address from the cohort's page and others from a CSV file (the report says
 * what became of each line); the invited person opens the mailed link, logs in from it and accepts
 * (giving the CCP1 the session asks for); another declines without an account, in English; the
 * manager sees both answers. Axe on each page.
 */
class InvitationBrowserIT extends BrowserSupport {

  private static final String CCP23 = "Médiateur numérique — CCP2 et CCP3";
  private static final Pattern LINK =
      Pattern.compile("(invitation\\.xhtml\\?token=[A-Za-z0-9_-]{43})");

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

  private String linkFor(String address) throws Exception {
    long until = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < until) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          Matcher t = LINK.matcher((String) m.getContent());
          assertTrue(t.find(), "the mail carries the link");
          return t.group(1);
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no invitation mailed to " + address);
  }

  private void openEnrolments() {
    browser.get("organisation/index.xhtml");
    browser.driver().findElement(By.linkText("Les Ateliers du Numérique")).click();
    browser.driver().findElement(By.linkText(CCP23)).click();
    browser.click("a[data-tab='enrolments']");
    browser.waitForText("Invitations par e-mail");
  }

  @Test
  void aManagerInvitesAndThePersonAnswersFromTheMailedLink() throws Exception {
    String n = Long.toString(System.nanoTime());
    String one = "lea.invitee." + n + "@exemple.fr";
    String fromFile = "hugo.fichier." + n + "@exemple.fr";

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    openEnrolments();
    browser.type("input[id='invite:email']", one);
    browser.type("input[id='invite:name']", "Léa Invitée");
    browser.choose("invite:hours", "175 h");
    browser.click("button[id='invite:send']");
    browser.waitForText("Invitation envoyée à " + one + ".");
    browser.waitForText("En attente de réponse");
    browser.assertAccessible();

    Path csv = Files.createTempFile("invitations-", ".csv");
    Files.writeString(csv, "e-mail;nom\n" + fromFile + ";Hugo Fichier\npas-une-adresse;X\n");
    browser.driver().findElement(By.id("inviteFile:file")).sendKeys(csv.toString());
    browser.choose("inviteFile:fileHours", "175 h");
    browser.click("button[id='inviteFile:import']");
    browser.waitForText("1 invitation(s) envoyée(s) sur 2 ligne(s) lue(s).");
    String report = browser.find("#importReport").getText();
    assertTrue(report.contains("Invitation envoyée"), report);
    assertTrue(report.contains("pas-une-adresse"), report);
    browser.assertAccessible();
    browser.logout();

    // Léa opens the link without an account, logs in from it, and accepts.
    browser.driver().manage().deleteAllCookies();
    browser.get(linkFor(one));
    browser.waitForText(
        "Les Ateliers du Numérique vous invite à suivre la formation « " + CCP23 + " ».");
    assertTrue(!Browser.isoLike(browser.text()), "dates as people write them");
    browser.assertAccessible();
    browser.click("a[id$='login']");
    browser.type("input[id='login:username']", "conseiller");
    browser.type("input[id='login:password']", DemoAccounts.PASSWORD);
    browser.click("button[id='login:submit']");
    browser.wait(15).until(d -> d.getCurrentUrl().contains("invitation.xhtml"));
    browser.type("input[id='answer:evidence']", "CCP1 obtenu en juin 2024");
    browser.click("button[id='answer:accept']");
    browser.waitForText("C’est fait : vous êtes inscrit·e.");
    browser.assertAccessible();
    browser.logout();

    // Hugo declines without an account, in English.
    browser.driver().manage().deleteAllCookies();
    browser.get(linkFor(fromFile));
    browser.click("#toEn");
    browser.wait(10).until(d -> "en".equals(browser.lang()));
    browser.waitForText("Log in to accept");
    browser.click("button[id='answer:decline']");
    browser.waitForText("You declined the invitation. The organisation has been told.");
    browser.assertAccessible();
    browser.click("#toFr");
    browser.wait(10).until(d -> "fr".equals(browser.lang()));

    browser.loginInFrench("gestionnaire", DemoAccounts.PASSWORD);
    openEnrolments();
    String list = browser.find("form[id='invitations']").getText();
    assertTrue(list.contains(one) && list.contains("Acceptée"), list);
    assertTrue(list.contains(fromFile) && list.contains("Déclinée"), list);
    assertTrue(browser.text().contains("Camille Conseillère numérique"), "enrolled");
    browser.logout();
  }
}
