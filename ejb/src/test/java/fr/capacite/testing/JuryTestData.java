package fr.capacite.testing;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.JurorProfile;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.Site;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exam centres, jurors and result histories with unique names, for jury tests. */
@Stateless
@PermitAll
public class JuryTestData {

  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private fr.capacite.application.identity.PasswordHasher hasher;

  /** Gives an account a real password (the PV is signed by re-entering it). */
  public void password(String username, String password) {
    em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", username)
        .getSingleResult()
        .changePassword(hasher.hash(password.toCharArray()));
  }

  /** A centre managed by it-manager, approved around {@code day} for a new 3-CCP version. */
  public record Centre(long organisationId, long siteId, long versionId, Map<String, Long> blocks)
      implements java.io.Serializable {}

  public Centre centre(LocalDate day) {
    TrainingOrganisation o =
        new TrainingOrganisation(
            "Centre " + ReferentialTestData.unique("C"), OrganisationTestData.siret());
    o.addMember(user("it-manager", Role.ORG_MANAGER));
    em.persist(o);
    Site site = new Site(o, "Salle d'examen");
    site.describe(
        "Salle d'examen", "1 place du Capitole", "31000", "Toulouse", true, false, null, null);
    em.persist(site);
    Certification title = new Certification(ReferentialTestData.unique("T"), "Titre");
    em.persist(title);
    CertificationVersion v = title.addVersion(ReferentialTestData.unique("V"), "Version");
    v.setValidity(day.minusYears(1), null, false);
    em.persist(v);
    Block b1 = v.addBlock("CCP1", "Accompagner", BlockKind.CCP);
    Block b2 = v.addBlock("CCP2", "Développer", BlockKind.CCP);
    Block b3 = v.addBlock("CCP3", "Gérer", BlockKind.CCP);
    List.of(b1, b2, b3).forEach(em::persist);
    // CCP1's grid: a competence with two criteria, and one without criteria (scored as a whole).
    var accueillir = b1.addCompetence("Accueillir les personnes");
    em.persist(accueillir);
    em.persist(accueillir.addCriterion("Présente les missions de la médiation"));
    em.persist(accueillir.addCriterion("Recueille les besoins"));
    em.persist(b1.addCompetence("Animer un atelier collectif"));
    em.persist(new ExamCentreApproval(o, v, site, "DREETS", day.minusYears(1), day.plusYears(1)));
    em.flush();
    return new Centre(
        o.getId(),
        site.getId(),
        v.getId(),
        Map.of("CCP1", b1.getId(), "CCP2", b2.getId(), "CCP3", b3.getId()));
  }

  /**
   * A finished cohort of the centre's organisation, on the centre's version, trained by {@code
   * trainer}, with the learners enrolled; returns its id.
   */
  public long cohort(Centre c, LocalDate end, String trainer, List<String> learners) {
    TrainingOrganisation o = em.find(TrainingOrganisation.class, c.organisationId());
    Programme p =
        em.createNamedQuery("Programme.findByCode", Programme.class)
            .setParameter("code", "CNFS-2024")
            .getSingleResult();
    Cohort cohort =
        new Cohort(
            o,
            p,
            em.find(CertificationVersion.class, c.versionId()),
            ReferentialTestData.unique("K"));
    cohort.plan("Promotion", end.minusMonths(4), end, 12, Modality.ON_SITE, null);
    cohort.target(Set.of(em.find(Block.class, c.blocks().get("CCP1"))));
    if (trainer != null) {
      User t = user(trainer, Role.TRAINER);
      o.addMember(t);
      cohort.assignTrainers(Set.of(t));
    }
    em.persist(cohort);
    for (String l : learners) {
      em.persist(new Enrolment(cohort, user(l, Role.MEDIATOR), 175, true, 0));
    }
    em.flush();
    return cohort.getId();
  }

  /** A juror account with a profile that is fit on {@code day}, or whose habilitation ended. */
  public void juror(String username, LocalDate day, boolean habilitationValid) {
    User u = user(username, Role.JUROR);
    JurorProfile p =
        em.createNamedQuery("JurorProfile.findByUser", JurorProfile.class)
            .setParameter("user", u)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  JurorProfile n = new JurorProfile(u);
                  em.persist(n);
                  return n;
                });
    p.describe(
        "Occitanie",
        habilitationValid ? day.plusYears(2) : day.minusDays(1),
        6,
        null,
        day.minusYears(2),
        day.minusYears(2),
        null);
  }

  /** A published block result in a learner's history. */
  public void result(String learner, long blockId, boolean acquired, LocalDate on) {
    em.persist(
        new BlockResult(
            user(learner, Role.MEDIATOR), em.find(Block.class, blockId), null, acquired, on));
  }

  /**
   * A block CCP1 of another, older version, with a total equivalence to {@code toBlockId}; returns
   * the old block's id.
   */
  public long equivalentOldBlock(long toBlockId) {
    Certification old = new Certification(ReferentialTestData.unique("O"), "Ancien titre");
    em.persist(old);
    CertificationVersion v = old.addVersion(ReferentialTestData.unique("OV"), "Ancienne version");
    v.setValidity(FrenchTime.today().minusYears(6), FrenchTime.today().minusYears(1), false);
    em.persist(v);
    Block b = v.addBlock("CCP1", "Ancien bloc", BlockKind.CCP);
    em.persist(b);
    em.persist(
        new fr.capacite.domain.referential.BlockEquivalence(
            b,
            em.find(Block.class, toBlockId),
            fr.capacite.domain.referential.EquivalenceKind.TOTAL));
    em.flush();
    return b.getId();
  }

  /** What an administrator might do to the referential and accounts after a PV is signed. */
  public void rewriteAfterSignature(long toBlockId, long renamedBlockId, String username) {
    em.createQuery("DELETE FROM BlockEquivalence e WHERE e.toBlock.id = :b")
        .setParameter("b", toBlockId)
        .executeUpdate();
    em.find(Block.class, renamedBlockId).setTitle("Intitulé réécrit après la signature");
    user(username, Role.MEDIATOR).setDisplayName("Nom changé après la signature");
    em.flush();
  }

  /** An account with the role, created if missing (or given the role). */
  public User user(String username, Role role) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (u == null) {
      u = new User(username, username + "@example.org", username, "not-a-login-hash");
      u.assignRoles(Set.of(role));
      em.persist(u);
    } else if (!u.hasRole(role)) {
      Set<Role> roles = new java.util.HashSet<>(u.getRoles());
      roles.add(role);
      u.assignRoles(roles);
    }
    return u;
  }

  /** Makes an account a trainer member of the centre's organisation; returns its id. */
  public long trainerMember(Centre c, String username) {
    User u = user(username, Role.TRAINER);
    em.find(TrainingOrganisation.class, c.organisationId()).addMember(u);
    return u.getId();
  }

  /**
   * A CCP1 session of the centre, open, for the cohort's learners, each scored by {@code juror} on
   * every item of CCP1's grid and submitted: the first {@code metCount} learners 3 everywhere
   * (criteria met), the others 2. Returns its id; {@link #publish} takes it to published results.
   */
  public long scoredSession(Centre c, long cohortId, String juror, int metCount) {
    TrainingOrganisation o = em.find(TrainingOrganisation.class, c.organisationId());
    Block ccp1 = em.find(Block.class, c.blocks().get("CCP1"));
    fr.capacite.domain.jury.ExamSession s =
        new fr.capacite.domain.jury.ExamSession(
            o,
            em.find(Site.class, c.siteId()),
            em.find(CertificationVersion.class, c.versionId()),
            fr.capacite.domain.jury.ExamKind.CCP,
            Set.of(ccp1),
            FrenchTime.today(),
            fr.capacite.domain.jury.ExamModality.ON_SITE,
            ReferentialTestData.unique("Session notée"));
    em.persist(s);
    User j = user(juror, Role.JUROR);
    em.persist(new fr.capacite.domain.jury.JuryMember(s, j));
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.OPEN);
    Cohort cohort = em.find(Cohort.class, cohortId);
    int i = 0;
    for (Enrolment e :
        em.createNamedQuery("Enrolment.findByCohort", Enrolment.class)
            .setParameter("cohort", cohort)
            .getResultList()) {
      var candidate =
          new fr.capacite.domain.jury.ExamCandidate(
              s,
              e.getLearner(),
              fr.capacite.domain.jury.CandidateSource.COHORT,
              cohort,
              fr.capacite.domain.jury.ExamModality.ON_SITE,
              null);
      em.persist(candidate);
      var sheet = new fr.capacite.domain.jury.ScoreSheet(candidate, j);
      int score = i++ < metCount ? 3 : 2;
      List<String> keys = new java.util.ArrayList<>();
      for (var competence : ccp1.getCompetences()) {
        if (competence.getCriteria().isEmpty()) {
          keys.add("c:" + competence.getId());
        } else {
          competence.getCriteria().forEach(k -> keys.add("k:" + k.getId()));
        }
      }
      keys.forEach(k -> sheet.score(ccp1, k, score));
      sheet.propose(ccp1, score >= 3, null);
      sheet.submit(keys, List.of(ccp1), java.time.Instant.now());
      em.persist(sheet);
    }
    em.flush();
    return s.getId();
  }

  /** Takes a scored session through deliberation and signature to published results. */
  public void publish(long sessionId) {
    var s = em.find(fr.capacite.domain.jury.ExamSession.class, sessionId);
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.DELIBERATED);
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.SIGNED);
    s.advanceTo(fr.capacite.domain.jury.ExamStatus.PUBLISHED);
    em.flush();
  }
}
