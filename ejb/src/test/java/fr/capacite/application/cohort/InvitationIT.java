package fr.capacite.application.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.InvitationStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
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
 * Invitations by e-mail: the mail carries the only link; nobody is enrolled before they answer; an
 * answer counts once; the organisation's managers are told; a file of addresses invites each line
 * alone and never twice; another organisation's cohort does not exist for a manager.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services().addAsLibraries(Deployments.libraries("it-greenmail.txt"));
  }

  private static final Pattern LINK =
      Pattern.compile("invitation.xhtml\\?token=([A-Za-z0-9_-]{43})");
  private static final LocalDate TODAY = FrenchTime.today();

  @EJB private InvitationService invitations;
  @EJB private CohortService cohorts;
  @EJB private CohortTestData data;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asLearner;
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

  /** The link of the last invitation mailed to an address. */
  private String tokenFor(String address) throws Exception {
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      String token = null;
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(address)) {
          Matcher t = LINK.matcher((String) m.getContent());
          assertTrue(t.find(), "the mail carries the link");
          token = t.group(1);
        }
      }
      if (token != null) {
        return token;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no invitation mailed to " + address);
  }

  private long notifications(String key) {
    return sql.count(
        "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE"
            + " u.username = 'it-manager' AND n.message_key = '"
            + key
            + "'");
  }

  @Test
  void anInvitedPersonAcceptsAndIsEnrolledOnlyThen() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long cohortId = data.cohortAround(TODAY);
    String address = sql.text("SELECT email FROM app_user WHERE username = 'it-mediator'");
    long before = notifications("notification.invitationAccepted");
    asManager.call(() -> invitations.invite(cohortId, address.toUpperCase(), "Mia", 105, "fr"));
    String token = tokenFor(address);

    // Invited is not enrolled.
    assertEquals(
        0,
        sql.count(
            "SELECT COUNT(*) FROM enrolment e JOIN app_user u ON u.id = e.learner_id WHERE"
                + " u.username = 'it-mediator' AND e.cohort_id = "
                + cohortId));
    var seen = invitations.find(token).orElseThrow();
    assertTrue(seen.answerable());
    assertEquals(address, seen.email());
    assertEquals(105, seen.pathHours());
    assertEquals(
        "invitation.alreadyInvited",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> invitations.invite(cohortId, address, null, 105, "fr")))
            .getMessageKey());

    EnrolmentOutcome o = asLearner.call(() -> invitations.accept(token, null));
    assertEquals(EnrolmentStatus.ENROLLED, o.status());
    assertEquals(
        1,
        sql.count(
            "SELECT COUNT(*) FROM enrolment WHERE id = "
                + o.enrolmentId()
                + " AND accepted_at IS NOT NULL"),
        "the answer is the consent");
    assertEquals(InvitationStatus.ACCEPTED, invitations.find(token).orElseThrow().status());
    assertEquals(before + 1, notifications("notification.invitationAccepted"));
    // Once.
    assertEquals(
        "invitation.invalid",
        assertThrows(InvalidInputException.class, () -> invitations.decline(token))
            .getMessageKey());
    assertEquals(
        "invitation.alreadyEnrolled",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> invitations.invite(cohortId, address, null, 105, "fr")))
            .getMessageKey());
  }

  @Test
  void decliningNeedsNoAccountAndTakingBackClosesTheLink() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    String n = Long.toString(System.nanoTime());
    String first = "invitee." + n + "@exemple.fr";
    String second = "other." + n + "@exemple.fr";
    long before = notifications("notification.invitationDeclined");
    asManager.call(() -> invitations.invite(cohortId, first, null, 105, "en"));
    String declined = tokenFor(first);
    MimeMessage mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
    assertEquals("Capacité: invitation to a training course", mail.getSubject(), "in its language");
    invitations.decline(declined);
    assertEquals(InvitationStatus.DECLINED, invitations.find(declined).orElseThrow().status());
    assertEquals(before + 1, notifications("notification.invitationDeclined"));

    long id = asManager.call(() -> invitations.invite(cohortId, second, null, 105, "fr"));
    String taken = tokenFor(second);
    asManager.run(() -> invitations.cancel(id));
    assertFalse(invitations.find(taken).orElseThrow().answerable());
    assertEquals(
        "invitation.invalid",
        assertThrows(
                InvalidInputException.class,
                () -> asLearner.call(() -> invitations.accept(taken, null)))
            .getMessageKey());
    assertEquals(
        "invitation.answered",
        assertThrows(InvalidInputException.class, () -> asManager.run(() -> invitations.cancel(id)))
            .getMessageKey());
    assertTrue(invitations.find("A".repeat(43)).isEmpty());
    assertTrue(invitations.find("not a token").isEmpty());
  }

  @Test
  void aFileInvitesEachLineAloneAndNobodyTwice() throws Exception {
    long cohortId = data.cohortAround(TODAY);
    String n = Long.toString(System.nanoTime());
    String csv =
        "\uFEFFe-mail;nom;heures\n"
            + "a."
            + n
            + "@exemple.fr;Anne Martin;\n"
            + "not-an-address;X;\n"
            + "b."
            + n
            + "@exemple.fr;Bruno;999\n"
            + "A."
            + n
            + "@exemple.fr;Anne encore;\n"
            + "c."
            + n
            + "@exemple.fr;\"Durand; Chloé\";105\n";
    var report = asManager.call(() -> invitations.importCsv(cohortId, csv, 105, "fr"));
    assertEquals(2, report.sent());
    assertEquals(5, report.lines().size());
    assertEquals("invitation.csv.sent", report.lines().get(0).outcome());
    assertEquals("signup.emailInvalid", report.lines().get(1).outcome());
    assertEquals("cohort.enrolment.hoursNotAllowed", report.lines().get(2).outcome());
    assertEquals(java.util.List.of("999"), report.lines().get(2).arguments());
    assertEquals("invitation.duplicateLine", report.lines().get(3).outcome());
    assertEquals("invitation.csv.sent", report.lines().get(4).outcome());
    assertEquals(3, report.lines().get(1).line(), "lines are numbered as in the file");
    var listed = asManager.call(() -> invitations.ofCohort(cohortId));
    assertTrue(listed.stream().anyMatch(v -> "Durand; Chloé".equals(v.name())));

    // The same file again invites nobody twice.
    var again = asManager.call(() -> invitations.importCsv(cohortId, csv, 105, "fr"));
    assertEquals(0, again.sent());
    assertEquals("invitation.alreadyInvited", again.lines().get(0).outcome());
    assertEquals(
        "invitation.csv.empty",
        assertThrows(
                InvalidInputException.class,
                () -> asManager.call(() -> invitations.importCsv(cohortId, " ", 105, "fr")))
            .getMessageKey());
  }

  @Test
  void anotherOrganisationsCohortDoesNotExistForAManager() throws Exception {
    long foreign = data.cohortWithoutManager(10, "CCP1");
    assertThrows(
        ObjectNotFoundException.class,
        () -> asManager.call(() -> invitations.invite(foreign, "x@exemple.fr", null, 105, "fr")));
    assertThrows(
        ObjectNotFoundException.class, () -> asManager.call(() -> invitations.ofCohort(foreign)));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () -> asLearner.call(() -> invitations.ofCohort(foreign)));
  }
}
