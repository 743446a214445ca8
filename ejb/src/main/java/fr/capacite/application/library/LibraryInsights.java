package fr.capacite.application.library;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.ProposalStatus;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the library says about people and about the referential: a contributor's profile (what they
 * wrote, what was accepted, what they reviewed, how much their resources are used), and the
 * coverage of each title version's competences by labelled resources.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.ORG_MANAGER,
  Role.Names.TRAINER,
  Role.Names.JUROR,
  Role.Names.MEDIATOR,
  Role.Names.CURATOR
})
public class LibraryInsights {

  public record Profile(
      String username,
      String name,
      long authored,
      long proposalsAccepted,
      long reviewsDone,
      long views,
      long downloads,
      long declaredUses)
      implements Serializable {}

  /** A competence of a title version, with how many resources cover it. */
  public record Coverage(
      String block, String blockTitle, int order, String competence, long labelled, long tagged)
      implements Serializable {

    public boolean uncovered() {
      return labelled == 0;
    }
  }

  private static final String AUTHORED =
      " FROM LearningResource r WHERE r.createdBy = :u AND r.canonical IS NULL AND (r.state IN"
          + " :visible OR r.stableRevision IS NOT NULL)";

  @PersistenceContext private EntityManager em;
  @EJB private LibraryReader reader;

  public Profile profile(String username) {
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username == null ? "" : username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("user", username));
    Object[] use =
        em.createQuery(
                "SELECT COUNT(r), COALESCE(SUM(r.views), 0), COALESCE(SUM(r.downloads), 0)"
                    + AUTHORED,
                Object[].class)
            .setParameter("u", u)
            .setParameter("visible", LibraryService.visibleStates())
            .getSingleResult();
    long uses =
        em.createQuery(
                "SELECT COUNT(d) FROM UsageDeclaration d WHERE d.resource.createdBy = :u",
                Long.class)
            .setParameter("u", u)
            .getSingleResult();
    long accepted =
        em.createQuery(
                "SELECT COUNT(p) FROM EditProposal p WHERE p.proposer = :u AND p.status IN :ok",
                Long.class)
            .setParameter("u", u)
            .setParameter("ok", EnumSet.of(ProposalStatus.ACCEPTED, ProposalStatus.PARTIAL))
            .getSingleResult();
    long reviews =
        em.createNamedQuery("ResourceReview.countDoneBy", Long.class)
            .setParameter("user", u)
            .getSingleResult();
    return new Profile(
        u.getUsername(),
        u.getDisplayName(),
        ((Number) use[0]).longValue(),
        accepted,
        reviews,
        ((Number) use[1]).longValue(),
        ((Number) use[2]).longValue(),
        uses);
  }

  /** The resources a person authored that the caller may see, newest first. */
  public PageSlice<LibraryViews.Summary> authored(String username, int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username == null ? "" : username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("user", username));
    List<LearningResource> page =
        em.createQuery("SELECT r" + AUTHORED + " ORDER BY r.createdAt DESC", LearningResource.class)
            .setParameter("u", u)
            .setParameter("visible", LibraryService.visibleStates())
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(r)" + AUTHORED, Long.class)
            .setParameter("u", u)
            .setParameter("visible", LibraryService.visibleStates())
            .getSingleResult();
    return new PageSlice<>(reader.summaries(page), total, f, s);
  }

  /**
   * Each competence of a title version with the number of resources whose reviewed revision carries
   * a valid label and claims it, and of resources that claim it at all (in three queries).
   */
  public List<Coverage> coverage(String versionCode) {
    List<Competence> competences =
        em.createQuery(
                "SELECT c FROM Competence c JOIN FETCH c.block b WHERE"
                    + " b.certificationVersion.code = :v ORDER BY b.sortOrder, c.sortOrder",
                Competence.class)
            .setParameter("v", versionCode == null ? "" : versionCode)
            .getResultList();
    if (competences.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> labelled = new HashMap<>();
    em.createQuery(
            "SELECT c.id, COUNT(DISTINCT r.id) FROM ResourceRevision v JOIN v.competences c JOIN"
                + " v.resource r WHERE c IN :cs AND r.canonical IS NULL AND v.number ="
                + " r.stableRevision AND r.labelUntil >= :today GROUP BY c.id",
            Object[].class)
        .setParameter("cs", competences)
        .setParameter("today", LibraryService.today())
        .getResultList()
        .forEach(o -> labelled.put((Long) o[0], ((Number) o[1]).longValue()));
    Map<Long, Long> tagged = new HashMap<>();
    em.createQuery(
            "SELECT c.id, COUNT(DISTINCT r.id) FROM ResourceRevision v JOIN v.competences c JOIN"
                + " v.resource r WHERE c IN :cs AND r.canonical IS NULL AND v.number ="
                + " r.latestRevision GROUP BY c.id",
            Object[].class)
        .setParameter("cs", competences)
        .getResultList()
        .forEach(o -> tagged.put((Long) o[0], ((Number) o[1]).longValue()));
    return competences.stream()
        .map(
            c ->
                new Coverage(
                    c.getBlock().getCode(),
                    c.getBlock().getTitle(),
                    c.getOrder(),
                    c.getTitle(),
                    labelled.getOrDefault(c.getId(), 0L),
                    tagged.getOrDefault(c.getId(), 0L)))
        .toList();
  }

  /** Title versions, for the coverage page's choice. */
  /** The title versions' codes, the one in force today first (the dashboard opens on it). */
  public List<String> versions() {
    return CertificationVersion.inForceFirst(
            em.createQuery("SELECT v FROM CertificationVersion v", CertificationVersion.class)
                .getResultList(),
            LibraryService.today())
        .stream()
        .map(CertificationVersion::getCode)
        .toList();
  }
}
