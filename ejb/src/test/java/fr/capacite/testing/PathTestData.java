package fr.capacite.testing;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.LearningPlan;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.domain.path.PathKind;
import fr.capacite.domain.path.PathTemplate;
import fr.capacite.domain.path.TrainingModule;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Modules, path templates and plans with unique codes, for the continuing-education tests. */
@Stateless
@PermitAll
public class PathTestData {

  @PersistenceContext private EntityManager em;

  /**
   * A module; certifying when {@code blockId} is given (then requiring {@code requiredBlockId}).
   */
  public String module(String prefix, int hours, Long blockId, Long requiredBlockId) {
    String code = ReferentialTestData.unique(prefix).toUpperCase();
    Block b = blockId == null ? null : em.find(Block.class, blockId);
    TrainingModule m =
        new TrainingModule(
            code,
            "Module " + code,
            b == null ? ModuleKind.THEMATIC : ModuleKind.CERTIFYING,
            hours,
            b);
    if (requiredBlockId != null) {
      m.require(Set.of(em.find(Block.class, requiredBlockId)));
    }
    em.persist(m);
    em.flush();
    return code;
  }

  /** An active thematic module of 7 hours with this title; returns its code. */
  public String thematicModule(String title) {
    String code = ReferentialTestData.unique("TH").toUpperCase();
    em.persist(new TrainingModule(code, title, ModuleKind.THEMATIC, 7, null));
    em.flush();
    return code;
  }

  /** A path template with its steps ({@code moduleCodes[i]} at rank {@code ranks[i]}). */
  public String template(PathKind kind, Long versionId, String[] moduleCodes, int[] ranks) {
    String code = ReferentialTestData.unique("P").toUpperCase();
    PathTemplate t = new PathTemplate(code, "Parcours " + code, kind);
    t.describe(
        "Parcours " + code,
        "Objectif de test",
        versionId == null ? null : em.find(CertificationVersion.class, versionId));
    t.allowance(kind == PathKind.CONTINUING ? 2 : 0, kind == PathKind.CONTINUING ? 1 : 0);
    for (int i = 0; i < moduleCodes.length; i++) {
      t.addStep(module(moduleCodes[i]), ranks[i]);
    }
    em.persist(t);
    em.flush();
    return code;
  }

  /** Makes a cohort deliver a module. */
  public void deliver(String moduleCode, long cohortId) {
    TrainingModule m = module(moduleCode);
    Cohort c = em.find(Cohort.class, cohortId);
    Set<Cohort> cohorts = new java.util.HashSet<>(m.getCohorts());
    cohorts.add(c);
    Set<fr.capacite.domain.organisation.TrainingOrganisation> orgs =
        new java.util.HashSet<>(m.getOrganisations());
    orgs.add(c.getOrganisation());
    m.deliveredBy(orgs, cohorts);
  }

  /** Gives a learner a plan towards a template, started on a day. */
  public void plan(String username, String templateCode, LocalDate startedOn) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getSingleResult();
    PathTemplate t =
        em.createNamedQuery("PathTemplate.findByCode", PathTemplate.class)
            .setParameter("code", templateCode)
            .getSingleResult();
    em.persist(new LearningPlan(u, t, startedOn, Instant.now()));
  }

  /** Notifications a person received with a message key. */
  public long notifications(String username, String key) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :u AND n.messageKey = :k",
            Long.class)
        .setParameter("u", username)
        .setParameter("k", key)
        .getSingleResult();
  }

  @jakarta.ejb.EJB private fr.capacite.application.credential.CredentialService credentials;

  /** Issues a module credential to a person, as the platform would; returns its public id. */
  public String credential(String username, String achievement) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username)
            .getSingleResult();
    return credentials.issue(
        u,
        fr.capacite.domain.credential.CredentialKind.MODULE,
        ReferentialTestData.unique("test"),
        "module/TEST",
        achievement,
        "Module de test",
        "Présence certifiée.",
        Instant.parse("2026-05-04T08:00:00Z"));
  }

  /** A person's credentials as "KIND|achievement|revocation reason or -". */
  public java.util.List<String> credentials(String username) {
    return em
        .createQuery(
            "SELECT c FROM Credential c WHERE c.learner.username = :u ORDER BY c.id",
            fr.capacite.domain.credential.Credential.class)
        .setParameter("u", username)
        .getResultList()
        .stream()
        .map(
            c ->
                c.getKind()
                    + "|"
                    + c.getAchievement()
                    + "|"
                    + (c.getRevocationReason() == null ? "-" : c.getRevocationReason()))
        .toList();
  }

  /** The signed JWT of a person's first credential of a kind. */
  public String firstJws(String username, fr.capacite.domain.credential.CredentialKind kind) {
    return em.createQuery(
            "SELECT c FROM Credential c WHERE c.learner.username = :u AND c.kind = :k ORDER BY c.id",
            fr.capacite.domain.credential.Credential.class)
        .setParameter("u", username)
        .setParameter("k", kind)
        .setMaxResults(1)
        .getSingleResult()
        .getJws();
  }

  private TrainingModule module(String code) {
    return em.createNamedQuery("TrainingModule.findByCode", TrainingModule.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
