package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.OpenIdIdentity;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in with an OpenID Connect provider: a verified address opens (or makes) its account and the
 * link is kept, an address the provider did not verify opens nothing, the owner of an existing
 * account is told by mail, a deactivated account stays closed, and people see and take back their
 * own links only.
 */
@ExtendWith(ArquillianExtension.class)
class OpenIdAccountsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services().addAsLibraries(Deployments.libraries("it-greenmail.txt"));
  }

  private static final String ISSUER = "https://idp.example.test";

  @EJB private OpenIdAccounts accounts;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asMediator;
  @EJB private NativeSql sql;

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

  private static OpenIdIdentity identity(String subject, String email, Boolean verified) {
    return new OpenIdIdentity(ISSUER, subject, email, verified, "Noémie", "Durand");
  }

  @Test
  void aVerifiedNewAddressMakesAMediatorsAccountThatTheSameIdentityOpensAgain() {
    String n = Long.toString(System.nanoTime());
    String email = "noemie.durand." + n + "@exemple.fr";
    LoginOutcome first = accounts.signIn(identity("s-" + n, email, true), false, "fr");
    assertTrue(first.succeeded());
    assertEquals(Set.of(Role.MEDIATOR), first.roles(), "the account, not the provider, says");
    assertTrue(first.username().startsWith("noemie.durand."));
    assertEquals("fr", first.locale());
    assertEquals(
        1,
        sql.count(
            "SELECT COUNT(*) FROM app_user WHERE email = '"
                + email
                + "' AND display_name ="
                + " 'Noémie Durand'"));

    // The same identity, even with another address now, opens the same account.
    LoginOutcome again =
        accounts.signIn(identity("s-" + n, "autre." + n + "@exemple.fr", false), false, "en");
    assertEquals(first.username(), again.username());
    assertEquals(1, sql.count("SELECT COUNT(*) FROM openid_link WHERE subject = 's-" + n + "'"));
    assertEquals(
        0, sql.count("SELECT COUNT(*) FROM app_user WHERE email = 'autre." + n + "@exemple.fr'"));
    assertEquals(0, smtp.getReceivedMessages().length, "a new account is nobody else's");
  }

  @Test
  void anAddressTheProviderDidNotVerifyOpensNothing() {
    String n = Long.toString(System.nanoTime());
    data.ensureAccount("oidc-owner-" + n, Role.TRAINER);
    String taken = "oidc-owner-" + n + "@example.org";
    for (Boolean verified : new Boolean[] {false, null}) {
      LoginOutcome refused = accounts.signIn(identity("u-" + n, taken, verified), false, "fr");
      assertEquals(LoginOutcome.Status.UNVERIFIED, refused.status());
    }
    assertEquals(0, sql.count("SELECT COUNT(*) FROM openid_link WHERE subject = 'u-" + n + "'"));
    // ProConnect verifies every address it gives: the installation says so.
    assertTrue(accounts.signIn(identity("u-" + n, taken, null), true, "fr").succeeded());
  }

  @Test
  void anExistingAccountIsLinkedAndItsOwnerToldUnlessDeactivated() throws Exception {
    String n = Long.toString(System.nanoTime());
    String owner = "oidc-trainer-" + n;
    data.ensureAccount(owner, Role.TRAINER);
    LoginOutcome linked =
        accounts.signIn(identity("t-" + n, owner + "@EXAMPLE.org", true), false, "fr");
    assertEquals(owner, linked.username());
    assertEquals(Set.of(Role.TRAINER), linked.roles());
    assertTrue(smtp.waitForIncomingEmail(15_000, 1));
    MimeMessage m = smtp.getReceivedMessages()[0];
    assertEquals(owner + "@example.org", m.getAllRecipients()[0].toString());
    assertTrue(((String) m.getContent()).contains(ISSUER), "the mail names the provider");

    sql.update("UPDATE app_user SET active = FALSE WHERE username = '" + owner + "'");
    LoginOutcome closed =
        accounts.signIn(identity("t-" + n, owner + "@example.org", true), false, "fr");
    assertEquals(LoginOutcome.Status.INACTIVE, closed.status());
    assertFalse(closed.succeeded());
  }

  @Test
  void peopleSeeAndTakeBackTheirOwnLinksOnly() throws Exception {
    String n = Long.toString(System.nanoTime());
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    String mine = sql.text("SELECT email FROM app_user WHERE username = 'it-mediator'");
    accounts.signIn(identity("m-" + n, mine, true), false, "fr");
    data.ensureAccount("oidc-other-" + n, Role.MEDIATOR);
    accounts.signIn(identity("o-" + n, "oidc-other-" + n + "@example.org", true), false, "fr");
    long other = sql.count("SELECT MAX(id) FROM openid_link WHERE subject = 'o-" + n + "'");

    var links = asMediator.call(() -> accounts.myLinks());
    var link =
        links.stream().filter(l -> l.issuer().equals(ISSUER)).reduce((a, b) -> b).orElseThrow();
    assertThrows(ObjectNotFoundException.class, () -> asMediator.run(() -> accounts.unlink(other)));
    asMediator.run(() -> accounts.unlink(link.id()));
    assertEquals(0, sql.count("SELECT COUNT(*) FROM openid_link WHERE id = " + link.id()));
    assertEquals(1, sql.count("SELECT COUNT(*) FROM openid_link WHERE id = " + other));
  }
}
