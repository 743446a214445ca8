package fr.capacite.testing;

import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;

/** Builds referential data with unique codes, so tests share the database but no state. */
@Stateless
@PermitAll
public class ReferentialTestData {

  @PersistenceContext private EntityManager em;

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A new title with one version holding the given block codes; returns the version id. */
  public long version(String code, String... blockCodes) {
    Certification c = new Certification(unique("CERT"), "Test title " + code);
    em.persist(c);
    CertificationVersion v = c.addVersion(code, "Version " + code);
    v.setValidity(LocalDate.of(2024, 1, 1), null, false);
    em.persist(v);
    for (String b : blockCodes) {
      Block block = v.addBlock(b, "Block " + b, BlockKind.CCP);
      em.persist(block);
    }
    em.flush();
    return v.getId();
  }

  /** Ends a version's validity on {@code until}. */
  public void endVersion(long versionId, LocalDate until) {
    CertificationVersion v = em.find(CertificationVersion.class, versionId);
    v.setValidity(v.getValidFrom(), until, false);
  }

  /** Marks a version as used by an exam session (what the jury area does when it plans one). */
  public void markUsedInExam(long versionId) {
    em.find(CertificationVersion.class, versionId).markUsedInExam();
  }

  public long blockId(long versionId, String code) {
    return em.createNamedQuery("Block.findByVersionAndCode", Block.class)
        .setParameter("version", em.find(CertificationVersion.class, versionId))
        .setParameter("code", code)
        .getSingleResult()
        .getId();
  }

  public long countVersions() {
    return em.createQuery("SELECT COUNT(v) FROM CertificationVersion v", Long.class)
        .getSingleResult();
  }
}
