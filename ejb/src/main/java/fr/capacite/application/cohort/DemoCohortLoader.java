package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A demo cohort of Les Ateliers du Numérique towards CCP1 of Médiateur numérique, created once. */
@Stateless
@PermitAll
public class DemoCohortLoader {

  static final String CODE = "MN-CCP1-2026-A";

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    TrainingOrganisation o =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", "82314567800012")
            .getResultStream()
            .findFirst()
            .orElse(null);
    Programme p =
        em.createNamedQuery("Programme.findByCode", Programme.class)
            .setParameter("code", "CNFS-2025")
            .getResultStream()
            .findFirst()
            .orElse(null);
    CertificationVersion v =
        em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
            .setParameter("code", "MN-2025")
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (o == null
        || p == null
        || v == null
        || !em.createNamedQuery("Cohort.findByCode", Cohort.class)
            .setParameter("organisation", o)
            .setParameter("code", CODE)
            .getResultList()
            .isEmpty()) {
      return 0;
    }
    Site site =
        em.createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", o)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Block ccp1 =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", v)
            .setParameter("code", "CCP1")
            .getSingleResult();
    Cohort c = new Cohort(o, p, v, CODE);
    c.plan(
        "Médiateur numérique — CCP1, printemps 2026",
        LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 9, 25),
        12,
        Modality.HYBRID,
        site);
    c.target(Set.of(ccp1));
    c.rhythm(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
        EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    c.assignTrainers(
        Set.copyOf(o.getMembers().stream().filter(u -> u.hasRole(Role.TRAINER)).toList()));
    em.persist(c);
    em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", "mediatrice")
        .getResultStream()
        .findFirst()
        .ifPresent(
            learner -> {
              Enrolment e = new Enrolment(c, learner, 175, true, 0);
              e.recordPositioning("Positionnement du 12 février 2026 : parcours complet.", null);
              em.persist(e);
            });
    return 1;
  }
}
