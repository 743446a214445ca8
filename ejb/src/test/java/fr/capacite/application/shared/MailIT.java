package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.domain.identity.Role;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NotificationTestData;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notifications by e-mail: sent after commit, in the recipient's language, unless opted out. */
@ExtendWith(ArquillianExtension.class)
class MailIT {

  @Deployment
  static WebArchive deployment() {
    // GreenMail alone (listed by the build): the server provides the mail API it brings.
    return Deployments.services().addAsLibraries(Deployments.libraries("it-greenmail.txt"));
  }

  @EJB private NotificationTestData notifications;
  @EJB private NotificationService service;
  @EJB private CohortTestData data;
  @EJB private RunAsMediator asLearner;

  private static final String TO = "it-mediator@example.org";

  private static long to(GreenMail smtp) throws Exception {
    long n = 0;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(TO)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aNotificationIsMailedAfterCommitUnlessTheActionFailsOrTheUserOptsOut() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    asLearner.run(() -> service.setEmailPreference(true));
    GreenMail smtp = new GreenMail(new ServerSetup(3025, "localhost", "smtp"));
    smtp.start();
    try {
      assertTrue(asLearner.call(() -> service.mailAvailable()));
      notifications.send(
          "it-mediator",
          "notification.survey.reminder",
          "/path/survey.xhtml?invitation=9",
          List.of("Promotion A"));
      assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the mail arrives");
      MimeMessage m = smtp.getReceivedMessages()[0];
      assertEquals(TO, m.getAllRecipients()[0].toString());
      assertEquals("Capacité : nouvelle notification", m.getSubject());
      String body = ((String) m.getContent()).replace("\r\n", "\n");
      assertTrue(
          body.startsWith("Rappel : le questionnaire de satisfaction de « Promotion A »"), body);
      assertTrue(body.contains("/path/survey.xhtml?invitation=9"), body);

      assertThrows(
          Exception.class,
          () ->
              notifications.sendThenFail(
                  "it-mediator", "notification.survey.reminder", null, List.of("Promotion B")));
      asLearner.run(() -> service.setEmailPreference(false));
      assertFalse(asLearner.call(() -> service.emailPreference()));
      notifications.send(
          "it-mediator", "notification.survey.reminder", null, List.of("Promotion C"));
      Thread.sleep(3_000); // long enough for a mail that should not come
      assertEquals(1, to(smtp), "no mail after a rollback, none after opting out");
    } finally {
      smtp.stop();
      asLearner.run(() -> service.setEmailPreference(true));
    }
  }
}
