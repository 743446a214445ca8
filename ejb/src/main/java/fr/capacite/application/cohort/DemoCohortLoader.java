package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.AttendanceSheet;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.cohort.TrainingSession;
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
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo cohorts of Les Ateliers du Numérique towards CCP1 of Médiateur numérique, created once: one
 * planned for spring 2026, one running around the day the demo is first started.
 */
@Stateless
@PermitAll
public class DemoCohortLoader {

  static final String CODE = "MN-CCP1-2026-A";
  static final String ONGOING = "MN-CCP1-EN-COURS";

  @PersistenceContext private EntityManager em;

  public int loadMissing() {
    return loadPlanned() + loadOngoing() + loadOffered();
  }

  /** Codes of the cohorts the demo publishes in the public catalogue. */
  static final String OFFER_FULL = "MN-TITRE-OFFRE";

  static final String OFFER_CCP23 = "MN-CCP23-OFFRE";
  static final String OFFER_REMOTE = "MN-CCP1-DISTANCE";

  /**
   * Three cohorts that have not started, published in the public catalogue: the whole title in
   * Paris, CCP2 and CCP3 in Montreuil (for holders of CCP1), CCP1 wholly remote from Toulouse.
   */
  private int loadOffered() {
    int created = 0;
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    TrainingOrganisation ateliers = organisation();
    Programme p = programme("CNFS-2025");
    CertificationVersion v = version("MN-2025");
    if (ateliers == null || p == null || v == null) {
      return 0;
    }
    List<Site> sites =
        em.createNamedQuery("Site.findByOrganisation", Site.class)
            .setParameter("organisation", ateliers)
            .getResultList();
    if (!exists(ateliers, OFFER_FULL)) {
      Cohort c = new Cohort(ateliers, p, v, OFFER_FULL);
      c.plan(
          "Médiateur numérique — titre complet, session d’hiver",
          today.plusDays(35),
          today.plusDays(35 + 210),
          14,
          Modality.HYBRID,
          sites.get(0));
      c.rhythm(
          EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
          EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
      c.offer(
          true,
          new java.math.BigDecimal("5950.00"),
          Set.of(Funding.CPF, Funding.OPCO, Funding.FRANCE_TRAVAIL, Funding.REGION),
          "Réunion d’information collective chaque premier mardi du mois ; entretien individuel"
              + " après le positionnement.",
          today);
      em.persist(c);
      created++;
    }
    if (!exists(ateliers, OFFER_CCP23) && sites.size() > 1) {
      Cohort c = new Cohort(ateliers, p, v, OFFER_CCP23);
      c.plan(
          "Médiateur numérique — CCP2 et CCP3",
          today.plusDays(70),
          today.plusDays(70 + 120),
          10,
          Modality.ON_SITE,
          sites.get(1));
      c.target(Set.of(block(v, "CCP2"), block(v, "CCP3")));
      c.rhythm(EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), EnumSet.of(DayOfWeek.MONDAY));
      c.offer(
          true,
          new java.math.BigDecimal("3200.00"),
          Set.of(Funding.CPF, Funding.OPCO, Funding.EMPLOYER),
          null,
          today);
      em.persist(c);
      created++;
    }
    TrainingOrganisation occitanie =
        em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
            .setParameter("siret", "90123456700013")
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (occitanie != null && !exists(occitanie, OFFER_REMOTE)) {
      Cohort c = new Cohort(occitanie, p, v, OFFER_REMOTE);
      c.plan(
          "Médiateur numérique — CCP1 à distance",
          today.plusDays(50),
          today.plusDays(50 + 90),
          20,
          Modality.REMOTE,
          null);
      c.target(Set.of(block(v, "CCP1")));
      c.offer(true, java.math.BigDecimal.ZERO, Set.of(Funding.STATE), null, today);
      em.persist(c);
      created++;
    }
    return created;
  }

  /**
   * A cohort running around the day the demo is first started: sessions every Monday and Thursday,
   * past ones signed by the learner and certified by the trainer, and one today for the learner to
   * sign during the tour.
   */
  private int loadOngoing() {
    TrainingOrganisation o = organisation();
    Programme p = programme("CNFS-2024");
    CertificationVersion v = version("MN-2025");
    if (o == null || p == null || v == null || exists(o, ONGOING)) {
      return 0;
    }
    LocalDate today = LocalDate.now(CalendarWriter.ZONE);
    Site site = firstSite(o);
    Block ccp1 = block(v, "CCP1");
    User trainer =
        o.getMembers().stream().filter(u -> u.hasRole(Role.TRAINER)).findFirst().orElse(null);
    User learner = account("mediatrice");
    Cohort c = new Cohort(o, p, v, ONGOING);
    c.plan(
        "Médiateur numérique — CCP1, session en cours",
        today.minusDays(21),
        today.plusDays(60),
        12,
        Modality.ON_SITE,
        site);
    c.target(Set.of(ccp1));
    c.rhythm(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
    if (trainer != null) {
      c.assignTrainers(Set.of(trainer));
    }
    em.persist(c);
    if (learner != null) {
      Enrolment e = new Enrolment(c, learner, 175, true, 0);
      e.accept(java.time.Instant.now());
      e.recordPositioning("Positionnement : 58/100, parcours de 175 h.", null);
      em.persist(e);
    }
    for (LocalDate day :
        Recurrence.weekly(
            today.minusDays(21),
            today.plusDays(60),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))) {
      TrainingSession s = session(c, day, LocalTime.of(9, 0), LocalTime.of(12, 30), site, trainer);
      if (day.isBefore(today) && learner != null && trainer != null) {
        AttendanceSheet sheet = new AttendanceSheet(s);
        sheet.sign(learner, day.atTime(9, 5).atZone(CalendarWriter.ZONE).toInstant());
        sheet.certify(
            List.of(learner),
            Map.of(),
            trainer.getUsername(),
            day.atTime(12, 35).atZone(CalendarWriter.ZONE).toInstant());
        em.persist(sheet);
      }
    }
    session(c, today, LocalTime.of(13, 30), LocalTime.of(17, 0), site, trainer);
    return 1;
  }

  private TrainingSession session(
      Cohort c, LocalDate day, LocalTime start, LocalTime end, Site site, User trainer) {
    TrainingSession s = new TrainingSession(c);
    s.schedule(day, start, end);
    s.describe(
        "CCP1 — Accueillir les personnes et présenter les missions de la médiation numérique",
        Modality.ON_SITE,
        site,
        "Salle 1",
        trainer);
    em.persist(s);
    return s;
  }

  private TrainingOrganisation organisation() {
    return em.createNamedQuery("TrainingOrganisation.findBySiret", TrainingOrganisation.class)
        .setParameter("siret", "82314567800012")
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private int loadPlanned() {
    TrainingOrganisation o = organisation();
    Programme p = programme("CNFS-2025");
    CertificationVersion v = version("MN-2025");
    if (o == null || p == null || v == null || exists(o, CODE)) {
      return 0;
    }
    Site site = firstSite(o);
    Block ccp1 = block(v, "CCP1");
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
    java.util.Optional.ofNullable(account("mediatrice"))
        .ifPresent(
            learner -> {
              Enrolment e = new Enrolment(c, learner, 175, true, 0);
              e.accept(java.time.Instant.now());
              e.recordPositioning("Positionnement du 12 février 2026 : parcours complet.", null);
              em.persist(e);
            });
    return 1;
  }

  private Programme programme(String code) {
    return em.createNamedQuery("Programme.findByCode", Programme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private CertificationVersion version(String code) {
    return em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private boolean exists(TrainingOrganisation o, String code) {
    return !em.createNamedQuery("Cohort.findByCode", Cohort.class)
        .setParameter("organisation", o)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  private Site firstSite(TrainingOrganisation o) {
    return em.createNamedQuery("Site.findByOrganisation", Site.class)
        .setParameter("organisation", o)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Block block(CertificationVersion v, String code) {
    return em.createNamedQuery("Block.findByVersionAndCode", Block.class)
        .setParameter("version", v)
        .setParameter("code", code)
        .getSingleResult();
  }

  private User account(String username) {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
