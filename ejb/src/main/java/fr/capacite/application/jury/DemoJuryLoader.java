package fr.capacite.application.jury;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.JurorProfile;
import fr.capacite.domain.jury.JuryMember;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo juries: the three demo jurors' habilitations (Fanny Formatrice also trains, so screening
 * keeps her off her own learners), and a CCP1 session of Les Ateliers du Numérique three weeks
 * ahead with the learners of its spring cohort and a jury, planned. Created once.
 */
@Stateless
@PermitAll
public class DemoJuryLoader {

  static final String SESSION_TITLE = "CCP1 Médiateur numérique — session de l'hiver";

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    LocalDate today = LocalDate.now(JurorService.ZONE);
    int created = 0;
    for (String[] j :
        List.of(
            new String[] {"jure", "Île-de-France", "12", "Emmaüs Connect"},
            new String[] {"jure2", "Occitanie", "6", "Mairie de Toulouse"},
            new String[] {"formatrice", "Île-de-France", "9", "Les Ateliers du Numérique"})) {
      User u = user(j[0]);
      if (u == null || profile(u)) {
        continue;
      }
      JurorProfile p = new JurorProfile(u);
      p.describe(
          j[1],
          today.plusYears(2),
          Integer.parseInt(j[2]),
          null,
          today.minusYears(1),
          today.minusYears(1),
          j[3]);
      em.persist(p);
      created++;
    }
    TrainingOrganisation o =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", "82314567800012")
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean exists =
        !em.createQuery("SELECT s.id FROM ExamSession s WHERE s.title = :t", Long.class)
            .setParameter("t", SESSION_TITLE)
            .getResultList()
            .isEmpty();
    if (o == null || exists) {
      return created;
    }
    LocalDate day = today.plusDays(21);
    ExamCentreApproval approval =
        em
            .createNamedQuery("ExamCentreApproval.findByOrganisation", ExamCentreApproval.class)
            .setParameter("organisation", o)
            .getResultList()
            .stream()
            .filter(a -> a.covers(a.getCertificationVersion(), a.getSite(), day))
            .findFirst()
            .orElse(null);
    Cohort cohort =
        em.createNamedQuery("Cohort.findByCode", Cohort.class)
            .setParameter("organisation", o)
            .setParameter("code", "MN-CCP1-DEMO-ATN-2")
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (approval == null || cohort == null) {
      return created;
    }
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", approval.getCertificationVersion())
            .setParameter("code", "CCP1")
            .getSingleResult();
    ExamSession s =
        new ExamSession(
            o,
            approval.getSite(),
            approval.getCertificationVersion(),
            ExamKind.CCP,
            Set.of(ccp1),
            day,
            ExamModality.ON_SITE,
            SESSION_TITLE);
    em.persist(s);
    approval.getCertificationVersion().markUsedInExam();
    em
        .createNamedQuery("Enrolment.findByCohort", Enrolment.class)
        .setParameter("cohort", cohort)
        .getResultList()
        .stream()
        .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
        .forEach(
            e ->
                em.persist(
                    new ExamCandidate(
                        s,
                        e.getLearner(),
                        CandidateSource.COHORT,
                        cohort,
                        ExamModality.ON_SITE,
                        null)));
    for (String juror : List.of("jure", "jure2", "formatrice")) {
      User u = user(juror);
      if (u != null) {
        em.persist(new JuryMember(s, u));
      }
    }
    return created + 1;
  }

  private boolean profile(User u) {
    return !em.createNamedQuery("JurorProfile.findByUser", JurorProfile.class)
        .setParameter("user", u)
        .getResultList()
        .isEmpty();
  }

  private User user(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
