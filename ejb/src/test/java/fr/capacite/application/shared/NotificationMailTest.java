package fr.capacite.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NotificationMailTest {

  @Test
  void theMailSaysTheSentenceInTheRecipientsLanguageWithAnAbsoluteLink() {
    NotificationMail fr =
        NotificationMail.of(
            Locale.FRENCH,
            "notification.survey.reminder",
            List.of("Promotion A"),
            "/path/survey.xhtml?invitation=4",
            "https://capacite.example.fr/");
    assertEquals("Capacité : nouvelle notification", fr.subject());
    assertTrue(
        fr.body().startsWith("Rappel : le questionnaire de satisfaction de « Promotion A »"));
    assertTrue(
        fr.body().contains("\nhttps://capacite.example.fr/path/survey.xhtml?invitation=4\n"));

    NotificationMail en =
        NotificationMail.of(
            Locale.ENGLISH,
            "notification.survey.reminder",
            List.of("Cohort A"),
            null,
            "http://localhost:8080");
    assertEquals("Capacité: new notification", en.subject());
    assertTrue(en.body().contains("“Cohort A” is waiting for your answer"));
    assertFalse(en.body().contains("http"), "no link, no address");
  }
}
