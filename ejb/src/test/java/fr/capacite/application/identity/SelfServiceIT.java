package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts people manage themselves, with the mails read from a test mail server: a sign-up is made
 * by its verified link alone, a known address gets a mail and no account, a reset link works once
 * and ends sessions, a new address counts once confirmed, and an address gets at most three links
 * an hour; no answer tells whether an account exists.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services().addAsLibraries(Deployments.libraries("it-greenmail.txt"));
  }

  private static final Pattern LINK = Pattern.compile("token=([A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "Verger-Lumière-Horizon-42";

  @EJB private SelfService self;
  @EJB private AuthenticationService authentication;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private fr.capacite.testing.NativeSql sql;

  private GreenMail smtp;

  @BeforeEach
  void startMail() {
    smtp = new GreenMail(new ServerSetup(3025, "localhost", "smtp"));
    smtp.start();
  }

  @AfterEach
  void stopMail() {
    smtp.stop();
  }

  /** The mails received by an address, waiting for {@code count} of them. */
  private List<MimeMessage> mailsTo(String address, int count) throws Exception {
    smtp.waitForIncomingEmail(15_000, count);
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        out.add(m);
      }
    }
    return out;
  }

  private static String token(MimeMessage m) throws Exception {
    Matcher t = LINK.matcher((String) m.getContent());
    assertTrue(t.find(), "the mail carries a link");
    return t.group(1);
  }

  private static String unique(String prefix) {
    return ReferentialTestData.unique(prefix).toLowerCase() + "@exemple.fr";
  }

  @Test
  void aSignUpIsMadeByItsVerifiedLinkOnceAndAKnownAddressGetsAMailInstead() throws Exception {
    String address = unique("Marie.Dupont");
    // No run-as: a visitor. The address is kept in lower case whatever was typed.
    self.requestSignUp(
        new SelfService.SignUp(
            address.toUpperCase(), "Marie Dupont", PASSWORD.toCharArray(), "fr"));
    MimeMessage verify = mailsTo(address, 1).get(0);
    assertEquals("Capacité : activez votre compte", verify.getSubject());
    assertTrue(((String) verify.getContent()).contains("/signup-confirm.xhtml?token="));
    assertFalse(
        authentication.authenticate(address, PASSWORD.toCharArray()).succeeded(),
        "no account before the link is followed");

    String username = self.confirmSignUp(token(verify));
    assertTrue(username.startsWith("marie.dupont"), username);
    LoginOutcome in = authentication.authenticate(address, PASSWORD.toCharArray());
    assertTrue(in.succeeded(), "logged in by address");
    assertEquals(username, in.username(), "the session is the user name's");
    assertEquals(java.util.Set.of(Role.MEDIATOR), in.roles());
    assertEquals(
        "signup.linkInvalid",
        assertThrows(InvalidInputException.class, () -> self.confirmSignUp(token(verify)))
            .getMessageKey(),
        "a link works once");

    // The same address again: a mail that says so, no second account, the same answer.
    self.requestSignUp(
        new SelfService.SignUp(
            address, "Quelqu'un", "Autre-Phrase-Secrète-77".toCharArray(), "en"));
    MimeMessage exists = mailsTo(address, 2).get(1);
    assertEquals("Capacité: you already have an account", exists.getSubject());
    String body = (String) exists.getContent();
    assertTrue(body.contains(username) && body.contains("/password-forgotten.xhtml"), body);
    assertFalse(LINK.matcher(body).find(), "nothing to activate");

    assertThrows(InvalidInputException.class, () -> self.confirmSignUp("x".repeat(43)));
    assertThrows(InvalidInputException.class, () -> self.confirmSignUp(null));
    assertEquals(
        "identity.password.tooShort",
        assertThrows(
                InvalidInputException.class,
                () ->
                    self.requestSignUp(
                        new SelfService.SignUp(
                            unique("court"), "Court", "court".toCharArray(), "fr")))
            .getMessageKey());
    assertEquals(
        "signup.emailInvalid",
        assertThrows(
                InvalidInputException.class,
                () ->
                    self.requestSignUp(
                        new SelfService.SignUp(
                            "pas-une-adresse", "X", PASSWORD.toCharArray(), "fr")))
            .getMessageKey());
  }

  @Test
  void aResetLinkWorksOnceWithinTheHourAndAnUnknownAddressGetsNothing() throws Exception {
    String address = unique("reset");
    self.requestSignUp(new SelfService.SignUp(address, "Remi Reset", PASSWORD.toCharArray(), "fr"));
    String username = self.confirmSignUp(token(mailsTo(address, 1).get(0)));

    self.requestPasswordReset(address, "fr");
    MimeMessage reset = mailsTo(address, 2).get(1);
    assertEquals("Capacité : choisir un nouveau mot de passe", reset.getSubject());
    String secret = token(reset);
    assertTrue(self.resetUsable(secret));
    String next = "Nouvelle-Clef-Marée-2027";
    self.resetPassword(secret, next.toCharArray());
    assertFalse(self.resetUsable(secret), "spent");
    assertFalse(authentication.authenticate(username, PASSWORD.toCharArray()).succeeded());
    assertTrue(authentication.authenticate(username, next.toCharArray()).succeeded());
    assertThrows(
        InvalidInputException.class,
        () -> self.resetPassword(secret, "Encore-Une-Autre-99".toCharArray()));

    int before = smtp.getReceivedMessages().length;
    self.requestPasswordReset(unique("personne"), "fr");
    self.requestPasswordReset("pas une adresse", "fr");
    Thread.sleep(1_000);
    assertEquals(before, smtp.getReceivedMessages().length, "nothing for no account, and no error");
  }

  @Test
  void anAddressReceivesAtMostThreeLinksAnHour() throws Exception {
    String address = unique("flood");
    self.requestSignUp(new SelfService.SignUp(address, "Flo Od", PASSWORD.toCharArray(), "fr"));
    self.requestPasswordReset(address, "fr"); // no account yet: counted, nothing sent
    self.requestSignUp(new SelfService.SignUp(address, "Flo Od", PASSWORD.toCharArray(), "fr"));
    self.requestSignUp(new SelfService.SignUp(address, "Flo Od", PASSWORD.toCharArray(), "fr"));
    Thread.sleep(1_500);
    assertEquals(2, mailsTo(address, 2).size(), "the fourth request of the hour sends nothing");
  }

  @Test
  void aNewAddressCountsOnceConfirmedFromTheLinkSentToIt() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String current =
        asMediator.call(() -> authentication.findActive("it-mediator").orElseThrow().getEmail());
    String newAddress = unique("nouvelle");
    try {
      asMediator.run(() -> self.requestEmailChange(newAddress));
      MimeMessage confirm = mailsTo(newAddress, 2).get(0);
      assertEquals("Capacité : confirmez votre nouvelle adresse", confirm.getSubject());
      assertEquals(1, mailsTo(current, 2).size(), "the current address is told");
      assertEquals(current, authentication.findActive("it-mediator").orElseThrow().getEmail());
      assertEquals(newAddress, self.confirmEmailChange(token(confirm)));
      assertEquals(newAddress, authentication.findActive("it-mediator").orElseThrow().getEmail());
      assertThrows(
          InvalidInputException.class, () -> self.confirmEmailChange(token(confirm)), "once");
      assertEquals(
          "account.email.same",
          assertThrows(
                  InvalidInputException.class,
                  () -> asMediator.run(() -> self.requestEmailChange(newAddress)))
              .getMessageKey());
    } finally {
      // The shared test account gets its address back (other tests read it).
      sql.update("UPDATE app_user SET email = '" + current + "' WHERE username = 'it-mediator'");
    }
  }

  @Test
  void userNamesComeFromTheAddressWithoutAccents() {
    assertEquals("helene.lefevre", Usernames.base("hélène.lefèvre@exemple.fr"));
    assertEquals("membre", Usernames.base("+++@exemple.fr"));
    assertEquals(43, SelfService.secret().length());
    assertEquals(64, SelfService.digest("x").length());
  }
}
