package fr.capacite.application.shared;

import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.shared.Notification;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** In-app notifications: reminders sent by jobs, read by their recipient only. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class NotificationService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private Mailer mailer;
  @Inject private Event<NotificationSent> sent;

  /** Sends a notification; called by jobs inside their own transaction. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void send(User recipient, String messageKey, String link, List<String> arguments) {
    em.persist(new Notification(recipient, messageKey, link, arguments));
    if (recipient.isEmailNotifications() && mailer.isConfigured()) {
      sent.fire(
          new NotificationSent(
              recipient.getEmail(),
              recipient.getLocale(),
              messageKey,
              List.copyOf(arguments),
              link));
    }
  }

  /** Whether the caller receives notifications by e-mail too. */
  public boolean emailPreference() {
    return me().isEmailNotifications();
  }

  public void setEmailPreference(boolean byEmail) {
    me().setEmailNotifications(byEmail);
  }

  /** Whether the platform sends e-mail at all (a mail session is configured). */
  public boolean mailAvailable() {
    return mailer.isConfigured();
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }

  /** The caller's notifications, newest first. */
  public PageSlice<NotificationView> mine(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    String me = ctx.getCallerPrincipal().getName();
    List<NotificationView> items =
        em
            .createNamedQuery("Notification.findByRecipient", Notification.class)
            .setParameter("username", me)
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList()
            .stream()
            .map(
                n ->
                    new NotificationView(
                        n.getId(),
                        n.getMessageKey(),
                        n.argumentList(),
                        n.getLink(),
                        n.getCreatedAt(),
                        n.getReadAt() != null))
            .toList();
    long total =
        em.createNamedQuery("Notification.countByRecipient", Long.class)
            .setParameter("username", me)
            .getSingleResult();
    return new PageSlice<>(items, total, f, s);
  }

  public long unreadCount() {
    return em.createNamedQuery("Notification.countUnread", Long.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }

  /** Marks all of the caller's notifications as read. */
  public void markAllRead() {
    Instant now = Instant.now();
    em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipient.username = :username AND n.readAt IS NULL",
            Notification.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getResultList()
        .forEach(n -> n.markRead(now));
  }
}
