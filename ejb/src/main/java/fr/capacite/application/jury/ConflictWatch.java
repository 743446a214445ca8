package fr.capacite.application.jury;

import fr.capacite.application.cohort.CohortTrainersChanged;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.JuryMember;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * Runs conflict screening again when a cohort's trainers change (R3): a juror of a planned or open
 * session who now trains candidates of that session is flagged to the centre's managers. (The
 * session pages screen on every read; this makes sure someone looks.)
 */
@Stateless
@PermitAll
public class ConflictWatch {

  @PersistenceContext private EntityManager em;
  @EJB private NotificationService notifications;

  /** Observed in the transaction that changed the trainers. */
  public void trainersChanged(@Observes CohortTrainersChanged event) {
    Cohort cohort = em.find(Cohort.class, event.cohortId());
    if (cohort == null) {
      return;
    }
    Set<User> trainers = cohort.getTrainers();
    for (ExamSession s :
        em.createQuery(
                "SELECT DISTINCT x.session FROM ExamCandidate x WHERE x.cohort = :c AND x.session.status IN :open",
                ExamSession.class)
            .setParameter("c", cohort)
            .setParameter("open", List.of(ExamStatus.PLANNED, ExamStatus.OPEN))
            .getResultList()) {
      for (JuryMember m :
          em.createNamedQuery("JuryMember.findBySession", JuryMember.class)
              .setParameter("session", s)
              .getResultList()) {
        if (!trainers.contains(m.getJuror())) {
          continue;
        }
        for (User manager : s.getCentre().getMembers()) {
          if (manager.hasRole(Role.ORG_MANAGER) && manager.isActive()) {
            notifications.send(
                manager,
                "notification.jury.newConflict",
                "/jury/session.xhtml?id=" + s.getId(),
                List.of(m.getJuror().getDisplayName(), s.getTitle(), cohort.getTitle()));
          }
        }
      }
    }
  }
}
