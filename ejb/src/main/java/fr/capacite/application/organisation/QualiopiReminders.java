package fr.capacite.application.organisation;

import fr.capacite.application.shared.NotificationService;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every morning, reminds an organisation's managers and the administrators that its Qualiopi
 * certificate expires within {@value TrainingOrganisation#QUALIOPI_WARNING_DAYS} days. One reminder
 * per certificate: the end date reminded of is recorded on the organisation.
 */
@Stateless
public class QualiopiReminders {

  @jakarta.ejb.EJB private fr.capacite.application.shared.JobLeases leases;

  @PersistenceContext private EntityManager em;
  @EJB private NotificationService notifications;

  @Schedule(hour = "6", minute = "0", timezone = "Europe/Paris", persistent = false)
  void daily() {
    runToday();
  }

  /** Today's reminders, unless a server already sent them; whether this call sent them. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public boolean runToday() {
    LocalDate today = FrenchTime.today();
    // once per day across the servers sharing the database
    return leases.runOnce(
        "qualiopi-reminders",
        today.toString(),
        java.time.Duration.ofHours(1),
        () -> remindOn(today));
  }

  /** Sends the reminders due on a day (also callable by an administrator); returns how many. */
  @RolesAllowed(Role.Names.ADMIN)
  public int remind(LocalDate day) {
    return remindOn(day);
  }

  private int remindOn(LocalDate day) {
    List<User> admins =
        em.createQuery(
                "SELECT u FROM User u JOIN u.roles r WHERE r = :role AND u.active = TRUE",
                User.class)
            .setParameter("role", Role.ADMIN)
            .getResultList();
    int sent = 0;
    for (TrainingOrganisation o :
        em.createNamedQuery(
                "TrainingOrganisation.findQualiopiEndingBetween", TrainingOrganisation.class)
            .setParameter("from", day)
            .setParameter("to", day.plusDays(TrainingOrganisation.QUALIOPI_WARNING_DAYS))
            .getResultList()) {
      if (!o.qualiopiReminderDue(day)) {
        continue;
      }
      Set<User> recipients = new LinkedHashSet<>();
      o.getMembers().stream()
          .filter(u -> u.hasRole(Role.ORG_MANAGER) && u.isActive())
          .forEach(recipients::add);
      recipients.addAll(admins);
      for (User u : recipients) {
        notifications.send(
            u,
            "notification.qualiopi.expiring",
            "/organisation/edit.xhtml?id=" + o.getId(),
            List.of(o.getName(), o.getQualiopiValidUntil().toString()));
        sent++;
      }
      o.qualiopiReminded();
    }
    return sent;
  }
}
