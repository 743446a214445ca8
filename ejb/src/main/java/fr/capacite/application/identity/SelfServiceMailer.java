package fr.capacite.application.identity;

import fr.capacite.application.shared.Mailer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Sends the links of {@link SelfService} once the transaction that made them has committed: a
 * request that failed never mails a link that would not work.
 */
@ApplicationScoped
public class SelfServiceMailer {

  @EJB private Mailer mailer;

  void onRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) SelfService.Outgoing o) {
    mailer.send(o.to(), o.mail());
  }
}
