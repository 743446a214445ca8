package fr.capacite.application.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;

/**
 * E-mails a notification after its transaction commits, so that a rolled-back action never sends
 * mail. The link is made absolute with {@code capacite.url} (set by the run command).
 */
@ApplicationScoped
public class NotificationMailer {

  static final String URL_PROPERTY = "capacite.url";

  @EJB private Mailer mailer;

  void onSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationSent n) {
    if (n.email() == null || n.email().isBlank()) {
      return;
    }
    mailer.send(
        n.email(),
        NotificationMail.of(
            Locale.forLanguageTag(n.locale() == null ? "fr" : n.locale()),
            n.messageKey(),
            n.arguments(),
            n.link(),
            System.getProperty(URL_PROPERTY, "http://localhost:8080/")));
  }
}
