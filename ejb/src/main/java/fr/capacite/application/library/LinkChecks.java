package fr.capacite.application.library;

import fr.capacite.domain.library.ContentKind;
import fr.capacite.domain.library.LearningResource;
import fr.capacite.domain.library.LinkCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The link checker's database side: which links to check, and their results. */
@Stateless
@PermitAll
public class LinkChecks {

  /** A link of a resource's shown revision. */
  public record Link(long resourceId, String url) {}

  @PersistenceContext private EntityManager em;

  /** One page of the links readers see (the shown revision of each live resource). */
  public List<Link> links(int first, int size) {
    return em
        .createQuery(
            "SELECT r.id, b.block.url FROM RevisionBlock b JOIN b.revision v JOIN v.resource r WHERE"
                + " b.block.kind = :link AND r.canonical IS NULL AND v.number ="
                + " COALESCE(r.stableRevision, r.latestRevision) ORDER BY r.id, b.position",
            Object[].class)
        .setParameter("link", ContentKind.LINK)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(row -> new Link((Long) row[0], (String) row[1]))
        .toList();
  }

  public void record(Link link, int status, Instant at) {
    LearningResource r = em.find(LearningResource.class, link.resourceId());
    if (r == null) {
      return;
    }
    String hash = sha256(link.url());
    LinkCheck c =
        em.createNamedQuery("LinkCheck.find", LinkCheck.class)
            .setParameter("resource", r)
            .setParameter("hash", hash)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  LinkCheck n = new LinkCheck(r, link.url(), hash);
                  em.persist(n);
                  return n;
                });
    c.record(status, at);
  }

  /** Forgets links no longer in any shown revision (not seen by the run that started then). */
  public int forgetOlderThan(Instant runStart) {
    return em.createQuery("DELETE FROM LinkCheck c WHERE c.checkedAt < :start")
        .setParameter("start", runStart)
        .executeUpdate();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
