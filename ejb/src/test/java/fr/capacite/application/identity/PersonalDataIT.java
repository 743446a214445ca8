package fr.capacite.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.testing.CohortTestData;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.NativeSql;
import fr.capacite.testing.OrganisationTestData;
import fr.capacite.testing.ReferentialTestData;
import fr.capacite.testing.RunAsAdmin;
import fr.capacite.testing.RunAsManager;
import fr.capacite.testing.RunAsMediator;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The RGPD rights on a real database: a person's data as JSON, and erasure by a pseudonym. */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private PersonalDataService personalData;
  @EJB private UserAdminService userAdmin;
  @EJB private CohortService cohorts;
  @EJB private AuditService audit;
  @EJB private CohortTestData data;
  @EJB private OrganisationTestData organisations;
  @EJB private NativeSql sql;
  @EJB private RunAsAdmin asAdmin;
  @EJB private RunAsManager asManager;
  @EJB private RunAsMediator asMediator;
  @EJB private Retention retention;
  @EJB private fr.capacite.testing.NotificationTestData notifications;

  private long cohort(int capacity) {
    organisations.organisation("Manager " + ReferentialTestData.unique("M"), "it-manager");
    return data.cohort(capacity, "CCP1");
  }

  private long userId(String username) {
    return sql.count("SELECT id FROM app_user WHERE username = '" + username + "'");
  }

  @Test
  void aPersonDownloadsEveryRowThatRefersToThemButNoSecret() throws Exception {
    data.ensureAccount("it-mediator", Role.MEDIATOR);
    long cohortId = cohort(5);
    asManager.call(() -> cohorts.enrol(cohortId, "it-mediator", 280, null, null));

    JsonObject export = asMediator.call(() -> personalData.exportOwn());

    assertEquals("it-mediator", export.getString("username"));
    JsonObject account = export.getJsonObject("account");
    assertEquals("it-mediator@example.org", account.getString("email"));
    assertFalse(account.containsKey("password_hash"), "the password's hash is not data");
    assertFalse(account.containsKey("session_stamp"));
    JsonArray enrolments = export.getJsonObject("tables").getJsonArray("enrolment.learner_id");
    assertTrue(
        enrolments.stream()
            .map(JsonObject.class::cast)
            .anyMatch(e -> e.getJsonNumber("cohort_id").longValue() == cohortId),
        "the enrolment in the cohort is in the export: " + enrolments);
    assertTrue(
        sql.count(
                "SELECT COUNT(*) FROM audit_event WHERE kind = 'PERSONAL_DATA_EXPORTED' AND actor ="
                    + " 'it-mediator'")
            >= 1,
        "the export is audited");
    // A second export lists the first among the person's recorded actions.
    JsonObject again = asMediator.call(() -> personalData.exportOwn());
    assertTrue(
        again.getJsonArray("auditedActions").stream()
            .map(JsonObject.class::cast)
            .anyMatch(a -> a.getString("kind").equals("PERSONAL_DATA_EXPORTED")));
  }

  @Test
  void anErasedPersonKeepsNoIdentityAndWhatWaitedForThemIsReleased() throws Exception {
    long cohortId = cohort(1);
    List<String> learners = data.learners(ReferentialTestData.unique("erase"), 2);
    String offered = learners.get(0);
    String waiting = learners.get(1);
    asManager.call(() -> cohorts.enrol(cohortId, offered, 280, null, null));
    asManager.call(() -> cohorts.enrol(cohortId, waiting, 280, null, null));
    long id = userId(offered);

    String pseudonym = asAdmin.call(() -> personalData.erase(id));

    assertTrue(pseudonym.startsWith("Anonyme "), pseudonym);
    assertEquals(
        1,
        sql.count(
            "SELECT COUNT(*) FROM app_user WHERE id = "
                + id
                + " AND username = 'erased-"
                + id
                + "' AND email = 'erased-"
                + id
                + "@erased.invalid' AND display_name = '"
                + pseudonym
                + "' AND active = FALSE AND erased_at IS NOT NULL"));
    assertEquals(0, sql.count("SELECT COUNT(*) FROM user_role WHERE user_id = " + id));
    assertEquals(
        0,
        sql.count("SELECT COUNT(*) FROM app_user WHERE username = '" + offered + "'"),
        "the old user name is gone");
    // The place offered to them, never answered, went to the learner who was waiting.
    assertEquals(0, sql.count("SELECT COUNT(*) FROM enrolment WHERE learner_id = " + id));
    assertEquals(
        1,
        sql.count(
            "SELECT COUNT(*) FROM enrolment WHERE cohort_id = "
                + cohortId
                + " AND status = '"
                + EnrolmentStatus.ENROLLED
                + "' AND learner_id = "
                + userId(waiting)));
    assertEquals(
        1,
        asAdmin
            .call(
                () ->
                    audit.search(
                        new AuditService.Filter(AuditKind.PERSON_ERASED, "it-admin", null, null),
                        0,
                        100))
            .items()
            .stream()
            .filter(e -> e.getSubject().equals("user:" + id))
            .count());

    // Erased is final: neither erased again nor reactivated, nor renamed.
    assertCause(StateConflictException.class, () -> asAdmin.call(() -> personalData.erase(id)));
    assertCause(StateConflictException.class, () -> asAdmin.call(() -> userAdmin.reactivate(id)));
  }

  @Test
  void onlyAnAdministratorErasesAndNeverThemself() throws Exception {
    data.ensureAccount("it-admin", Role.ADMIN);
    long self = userId("it-admin");
    assertCause(InvalidInputException.class, () -> asAdmin.call(() -> personalData.erase(self)));
    long other = userId(data.learners(ReferentialTestData.unique("keep"), 1).get(0));
    assertThrows(Exception.class, () -> asManager.call(() -> personalData.erase(other)));
    assertEquals(
        1,
        sql.count("SELECT COUNT(*) FROM app_user WHERE id = " + other + " AND erased_at IS NULL"));
  }

  @Test
  void theNightlyRetentionRemovesOnlyWhatHasExpired() throws Exception {
    List<String> people = data.learners(ReferentialTestData.unique("retain"), 3);
    String expired = people.get(0);
    String recentLogin = people.get(1);
    String stillActive = people.get(2);
    // Deactivated and unused for six years: erased. Deactivated but seen four years ago, or
    // active whatever its age: kept.
    sql.update(
        "UPDATE app_user SET active = FALSE, created_at = {ts '2019-01-01 00:00:00'},"
            + " last_login_at = {ts '2020-06-01 00:00:00'} WHERE username = '"
            + expired
            + "'");
    sql.update(
        "UPDATE app_user SET active = FALSE, created_at = {ts '2019-01-01 00:00:00'},"
            + " last_login_at = {ts '2022-06-01 00:00:00'} WHERE username = '"
            + recentLogin
            + "'");
    sql.update(
        "UPDATE app_user SET created_at = {ts '2019-01-01 00:00:00'} WHERE username = '"
            + stillActive
            + "'");
    notifications.send(
        recentLogin,
        "notification.survey.reminder",
        "/path/survey.xhtml?invitation=9",
        List.of("Promotion A"));
    notifications.send(
        recentLogin,
        "notification.survey.reminder",
        "/path/survey.xhtml?invitation=9",
        List.of("Promotion A"));
    long recipient = userId(recentLogin);
    sql.update(
        "UPDATE notification SET created_at = {ts '2025-01-01 00:00:00'} WHERE id = (SELECT"
            + " MIN(id) FROM notification WHERE recipient_id = "
            + recipient
            + ")");
    long expiredId = userId(expired);

    Retention.Applied applied = retention.apply(java.time.Instant.parse("2026-12-06T02:15:00Z"));

    assertTrue(applied.accountsErased() >= 1);
    assertTrue(applied.notifications() >= 1);
    assertEquals(
        1,
        sql.count(
            "SELECT COUNT(*) FROM app_user WHERE id = "
                + expiredId
                + " AND erased_at IS NOT NULL"));
    assertEquals(
        2,
        sql.count(
            "SELECT COUNT(*) FROM app_user WHERE username IN ('"
                + recentLogin
                + "', '"
                + stillActive
                + "') AND erased_at IS NULL"));
    assertEquals(
        1, sql.count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + recipient));
    assertTrue(
        sql.count(
                "SELECT COUNT(*) FROM audit_event WHERE kind = 'PERSON_ERASED' AND actor ="
                    + " 'retention' AND subject = 'user:"
                    + expiredId
                    + "'")
            == 1);
  }

  private static void assertCause(Class<? extends Exception> expected, ThrowingCall call) {
    Exception e = assertThrows(Exception.class, call::run);
    Throwable t = e;
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    assertTrue(expected.isInstance(t), "expected " + expected.getSimpleName() + ", got " + t);
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
