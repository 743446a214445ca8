package fr.capacite.testing;

import fr.capacite.application.shared.NotificationService;
import fr.capacite.domain.identity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Sends notifications as a job would, in a transaction that commits or fails. */
@Stateless
@PermitAll
public class NotificationTestData {

  @PersistenceContext private EntityManager em;
  @EJB private NotificationService notifications;

  public void send(String username, String key, String link, List<String> arguments) {
    notifications.send(user(username), key, link, arguments);
  }

  /** Sends, then fails: the transaction rolls back, and no mail may leave. */
  public void sendThenFail(String username, String key, String link, List<String> arguments) {
    notifications.send(user(username), key, link, arguments);
    em.flush();
    throw new IllegalStateException("the action fails after notifying");
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
