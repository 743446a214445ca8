package fr.capacite.application.path;

import fr.capacite.application.cohort.AttendanceCertified;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.path.ModuleCompletion;
import fr.capacite.domain.path.Prerequisites;
import fr.capacite.domain.path.TrainingModule;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a sheet is certified, learners whose certified presence reaches a module delivered by the
 * cohort complete it (their plan moves at once), in the same transaction as the certification.
 */
@Stateless
@PermitAll
public class ModuleProgress {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private NotificationService notifications;
  @Inject private Event<ModuleCompleted> completed;

  public void onCertified(@Observes AttendanceCertified event) {
    Cohort c = em.find(Cohort.class, event.cohortId());
    List<TrainingModule> modules =
        em.createQuery(
                "SELECT m FROM TrainingModule m JOIN m.cohorts c WHERE c = :cohort",
                TrainingModule.class)
            .setParameter("cohort", c)
            .getResultList();
    if (modules.isEmpty()) {
      return;
    }
    Map<String, Double> hours = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("AttendanceSheet.presentHours", Object[].class)
            .setParameter("cohort", c)
            .getResultList()) {
      double h = Duration.between((LocalTime) row[1], (LocalTime) row[2]).toMinutes() / 60.0;
      hours.merge((String) row[0], h, Double::sum);
    }
    Set<String> done = new HashSet<>();
    for (Object[] row :
        em.createQuery(
                "SELECT mc.learner.id, mc.module.id FROM ModuleCompletion mc"
                    + " WHERE mc.module IN :modules AND mc.learner IN"
                    + " (SELECT e.learner FROM Enrolment e WHERE e.cohort = :cohort)",
                Object[].class)
            .setParameter("modules", modules)
            .setParameter("cohort", c)
            .getResultList()) {
      done.add(row[0] + "/" + row[1]);
    }
    LocalDate today = LocalDate.now(CatalogueService.ZONE);
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findByCohort", Enrolment.class)
            .setParameter("cohort", c)
            .getResultList()) {
      if (e.getStatus() != EnrolmentStatus.ENROLLED) {
        continue;
      }
      double attended = hours.getOrDefault(e.getLearner().getUsername(), 0.0);
      for (TrainingModule m : modules) {
        if (done.contains(e.getLearner().getId() + "/" + m.getId())
            || !Prerequisites.completedBy(m, attended, e.getPathHours())) {
          continue;
        }
        ModuleCompletion mc =
            new ModuleCompletion(
                e.getLearner(),
                m,
                c,
                today,
                m.getHours(),
                ctx.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(mc);
        em.flush();
        notifications.send(
            e.getLearner(),
            "notification.moduleCompleted",
            "/path/plan.xhtml",
            List.of(m.getTitle()));
        completed.fire(new ModuleCompleted(mc.getId()));
      }
    }
  }
}
