package fr.capacite.testing;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.cohort.SurveyInvitation;
import fr.capacite.domain.cohort.SurveyWave;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cohorts and learners with unique names, for enrolment tests. */
@Stateless
@PermitAll
public class CohortTestData {

  @PersistenceContext private EntityManager em;

  /** Learner accounts (role MEDIATOR) that cannot log in; returns their usernames. */
  public List<String> learners(String prefix, int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = (prefix + "-" + i).toLowerCase();
      User u = new User(name, name + "@example.org", name, "not-a-login-hash");
      u.assignRoles(Set.of(Role.MEDIATOR));
      em.persist(u);
      names.add(name);
    }
    return names;
  }

  /**
   * A cohort of an organisation managed by {@code it-manager}, on a new title version whose blocks
   * are {@code blockCodes}, all targeted, with the 2021–2023 CnFS programme.
   */
  public long cohort(int capacity, String... blockCodes) {
    return cohort(true, capacity, blockCodes);
  }

  /** The same, for an organisation {@code it-manager} does not belong to. */
  public long cohortWithoutManager(int capacity, String... blockCodes) {
    return cohort(false, capacity, blockCodes);
  }

  private long cohort(boolean managed, int capacity, String... blockCodes) {
    TrainingOrganisation o =
        new TrainingOrganisation(
            "Cohortes " + ReferentialTestData.unique("O"), OrganisationTestData.siret());
    if (managed) {
      em.createNamedQuery("User.findByUsername", User.class)
          .setParameter("username", "it-manager")
          .getResultStream()
          .findFirst()
          .ifPresent(o::addMember);
    }
    em.persist(o);
    Certification title = new Certification(ReferentialTestData.unique("CERT"), "Titre");
    em.persist(title);
    CertificationVersion v = title.addVersion(ReferentialTestData.unique("V"), "Version");
    em.persist(v);
    Set<Block> blocks = new HashSet<>();
    for (String code : blockCodes) {
      Block b = v.addBlock(code, code, BlockKind.CCP);
      em.persist(b);
      blocks.add(b);
    }
    Programme p =
        em.createNamedQuery("Programme.findByCode", Programme.class)
            .setParameter("code", "CNFS-2021-2023")
            .getSingleResult();
    Cohort c = new Cohort(o, p, v, ReferentialTestData.unique("C"));
    c.plan(
        "Cohorte de test",
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 6, 30),
        capacity,
        Modality.ON_SITE,
        null);
    c.target(blocks);
    em.persist(c);
    em.flush();
    return c.getId();
  }

  /**
   * An organisation managed by {@code it-manager} with the given NDA (or none), one site (or none),
   * and one cohort of the RNCP title version {@code rncpCode} (created with three blocks when
   * absent) starting in a month, on that site, for {@code capacity} people. Returns the
   * organisation's id.
   */
  public long offer(String nda, boolean fullAddress, String rncpCode, int capacity) {
    TrainingOrganisation o =
        new TrainingOrganisation(
            "Offre " + ReferentialTestData.unique("O"), OrganisationTestData.siret());
    if (nda != null) {
      o.changeNda(nda);
    }
    o.addMember(
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", "it-manager")
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  User u =
                      new User("it-manager", "it-manager@example.org", "it-manager", "not-a-hash");
                  u.assignRoles(Set.of(Role.ORG_MANAGER));
                  em.persist(u);
                  return u;
                }));
    em.persist(o);
    // A site's address is always complete; an organisation without any site has none to give.
    fr.capacite.domain.organisation.Site site = null;
    if (fullAddress) {
      site = new fr.capacite.domain.organisation.Site(o, "Médiathèque");
      site.describe(
          "Médiathèque",
          "3 place de la Comédie",
          "34000",
          "Montpellier",
          true,
          false,
          "Accueil formation",
          "formation@example.org");
      em.persist(site);
    }
    CertificationVersion v =
        em.createNamedQuery("CertificationVersion.findByRncpCode", CertificationVersion.class)
            .setParameter("rncpCode", rncpCode)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Certification title =
                      new Certification(ReferentialTestData.unique("CERT"), "Titre d'essai");
                  em.persist(title);
                  CertificationVersion nv =
                      title.addVersion(
                          ReferentialTestData.unique("V"), "Médiateur numérique (essai)");
                  nv.setRncpCode(rncpCode);
                  nv.setLevel("5");
                  em.persist(nv);
                  for (String code : List.of("CCP1", "CCP2", "CCP3")) {
                    em.persist(nv.addBlock(code, "Bloc " + code, BlockKind.CCP));
                  }
                  return nv;
                });
    Programme p =
        em.createNamedQuery("Programme.findByCode", Programme.class)
            .setParameter("code", "CNFS-2021-2023")
            .getSingleResult();
    Cohort c = new Cohort(o, p, v, ReferentialTestData.unique("C"));
    LocalDate start = FrenchTime.today().plusMonths(1);
    c.plan("Session d'essai", start, start.plusMonths(5), capacity, Modality.ON_SITE, site);
    c.rhythm(
        java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY),
        java.util.EnumSet.of(java.time.DayOfWeek.THURSDAY));
    em.persist(c);
    em.flush();
    return o.getId();
  }

  /**
   * The learner accepts the place offered in the cohort, as they would from their page (the test's
   * principals cannot act as generated learners).
   */
  public void acceptPlace(long cohortId, String learner) {
    em.createQuery(
            "SELECT e FROM fr.capacite.domain.cohort.Enrolment e WHERE e.cohort.id = :c"
                + " AND e.learner.username = :l",
            fr.capacite.domain.cohort.Enrolment.class)
        .setParameter("c", cohortId)
        .setParameter("l", learner)
        .getSingleResult()
        .accept(java.time.Instant.now());
  }

  /**
   * An account for a test principal (it-mediator, it-trainer…), created with the role if missing.
   */
  public void ensureAccount(String username, Role role) {
    boolean exists =
        !em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getResultList()
            .isEmpty();
    if (!exists) {
      User u = new User(username, username + "@example.org", username, "not-a-login-hash");
      u.assignRoles(Set.of(role));
      em.persist(u);
    }
  }

  /**
   * A cohort around {@code day} (a month either side) of an organisation managed by it-manager,
   * trained by it-trainer (both members); returns its id.
   */
  public long cohortAround(LocalDate day) {
    ensureAccount("it-manager", Role.ORG_MANAGER);
    ensureAccount("it-trainer", Role.TRAINER);
    long id = cohort(true, 10, "CCP1");
    Cohort c = em.find(Cohort.class, id);
    User trainer =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", "it-trainer")
            .getSingleResult();
    c.getOrganisation().addMember(trainer);
    c.plan(c.getTitle(), day.minusDays(30), day.plusDays(30), 10, Modality.ON_SITE, null);
    c.assignTrainers(Set.of(trainer));
    em.flush();
    return id;
  }

  /** The invitation of a learner to a wave, if sent. */
  public SurveyInvitation invitation(long cohortId, String username, SurveyWave wave) {
    return em.createQuery(
            "SELECT i FROM SurveyInvitation i WHERE i.cohort.id = :c AND i.learner.username = :u AND i.wave = :w",
            SurveyInvitation.class)
        .setParameter("c", cohortId)
        .setParameter("u", username)
        .setParameter("w", wave)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** How many stored answers are linked to a learner (zero when they answered anonymously). */
  public long responsesLinkedTo(String username) {
    return em.createQuery(
            "SELECT COUNT(r) FROM SurveyResponse r WHERE r.learner.username = :u", Long.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  /** A 09:00–12:00 session of the cohort on a day (no trainer, site or room: no clash to mind). */
  public long session(long cohortId, LocalDate day) {
    TrainingSession s = new TrainingSession(em.find(Cohort.class, cohortId));
    LocalTime now = LocalTime.now(FrenchTime.ZONE);
    if (day.equals(FrenchTime.today())) {
      // Today's session (3 h, like the others) is under way, whatever the hour the tests run:
      // signing is open and the sheet may be certified.
      LocalTime start = now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
      if (start.isAfter(LocalTime.of(20, 45))) {
        start = LocalTime.of(20, 45);
      }
      start = start.withMinute(start.getMinute() / 15 * 15).withSecond(0).withNano(0);
      s.schedule(day, start, start.plusHours(3));
    } else {
      s.schedule(day, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }
    s.describe("Accueillir les publics", Modality.ON_SITE, null, null, null);
    em.persist(s);
    em.flush();
    return s.getId();
  }

  /** The competence a criterion belongs to. */
  public long competenceOfCriterion(long criterionId) {
    return em.find(fr.capacite.domain.referential.Criterion.class, criterionId)
        .getCompetence()
        .getId();
  }
}
