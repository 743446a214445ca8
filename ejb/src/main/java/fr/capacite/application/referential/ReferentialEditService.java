package fr.capacite.application.referential;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.Criterion;
import fr.capacite.domain.referential.EquivalenceKind;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Administrator edits of the referential. Every change is audited. Once a version has been used by
 * an exam session its blocks, competences and criteria can no longer be deleted, only retired.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ReferentialEditService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditService audit;
  @Resource private SessionContext ctx;

  /** The editable fields of a version. */
  public record VersionFields(
      @NotBlank @Size(max = CertificationVersion.TITLE_MAX) String title,
      String rncpCode,
      String level,
      String nsf,
      String legalBasis,
      LocalDate validFrom,
      LocalDate validUntil,
      boolean extended) {}

  public void updateVersion(long id, long expectedVersion, @NotNull VersionFields f) {
    CertificationVersion v = version(id);
    checkVersion(v.getVersion(), expectedVersion);
    if (f.validFrom() != null && f.validUntil() != null && f.validUntil().isBefore(f.validFrom())) {
      throw new InvalidInputException("referential.version.badPeriod");
    }
    String rncp = blankToNull(f.rncpCode());
    if (rncp != null) {
      if (!rncp.matches(CertificationVersion.RNCP_PATTERN)) {
        throw new InvalidInputException("referential.version.badRncp", rncp);
      }
      boolean taken =
          em.createNamedQuery("CertificationVersion.findByRncpCode", CertificationVersion.class)
              .setParameter("rncpCode", rncp)
              .getResultStream()
              .anyMatch(other -> !other.getId().equals(v.getId()));
      if (taken) {
        throw new InvalidInputException("referential.version.rncpTaken", rncp);
      }
    }
    v.setTitle(f.title().trim());
    v.setRncpCode(rncp);
    v.setLevel(blankToNull(f.level()));
    v.setNsf(blankToNull(f.nsf()));
    v.setLegalBasis(blankToNull(f.legalBasis()));
    v.setValidity(f.validFrom(), f.validUntil(), f.extended());
    changed("version " + v.getCode(), "updated");
    flush();
  }

  public Block addBlock(
      long versionId,
      @NotBlank @Size(max = Block.CODE_MAX) String code,
      String title,
      @NotNull BlockKind kind) {
    CertificationVersion v = version(versionId);
    String c = code.trim();
    if (!em.createNamedQuery("Block.findByVersionAndCode", Block.class)
        .setParameter("version", v)
        .setParameter("code", c)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("referential.block.codeTaken", c);
    }
    Block b = v.addBlock(c, blankToNull(title), kind);
    em.persist(b);
    changed("version " + v.getCode(), "block " + c + " added");
    return b;
  }

  public void updateBlock(
      long blockId,
      long expectedVersion,
      @NotBlank String code,
      String title,
      @NotNull BlockKind kind) {
    Block b = block(blockId);
    checkVersion(b.getVersion(), expectedVersion);
    String c = code.trim();
    boolean taken =
        em.createNamedQuery("Block.findByVersionAndCode", Block.class)
            .setParameter("version", b.getCertificationVersion())
            .setParameter("code", c)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(b.getId()));
    if (taken) {
      throw new InvalidInputException("referential.block.codeTaken", c);
    }
    b.setCode(c);
    b.setTitle(blankToNull(title));
    b.setKind(kind);
    changed(blockLabel(b), "updated");
    flush();
  }

  /** Deletes a block and everything under it, unless its version was used by an exam session. */
  public void deleteBlock(long blockId) {
    Block b = block(blockId);
    if (!b.isDeletable()) {
      throw new InvalidInputException("referential.block.inUse", b.getCode());
    }
    em.createQuery("DELETE FROM BlockEquivalence e WHERE e.fromBlock = :b OR e.toBlock = :b")
        .setParameter("b", b)
        .executeUpdate();
    em.createQuery("DELETE FROM Criterion k WHERE k.competence.block = :b")
        .setParameter("b", b)
        .executeUpdate();
    em.createQuery("DELETE FROM Competence c WHERE c.block = :b")
        .setParameter("b", b)
        .executeUpdate();
    String label = blockLabel(b);
    em.remove(b);
    changed(label, "deleted");
  }

  public void retireBlock(long blockId) {
    Block b = block(blockId);
    b.retire();
    changed(blockLabel(b), "retired");
  }

  public void reinstateBlock(long blockId) {
    Block b = block(blockId);
    b.reinstate();
    changed(blockLabel(b), "reinstated");
  }

  public Competence addCompetence(
      long blockId, @NotBlank @Size(max = Competence.TITLE_MAX) String title) {
    Block b = block(blockId);
    Competence c = b.addCompetence(title.trim());
    em.persist(c);
    changed(blockLabel(b), "competence added");
    return c;
  }

  public void updateCompetence(
      long id, long expectedVersion, @NotBlank @Size(max = Competence.TITLE_MAX) String title) {
    Competence c = competence(id);
    checkVersion(c.getVersion(), expectedVersion);
    c.setTitle(title.trim());
    changed(blockLabel(c.getBlock()), "competence " + c.getOrder() + " updated");
    flush();
  }

  public void deleteCompetence(long id) {
    Competence c = competence(id);
    if (!c.getBlock().isDeletable()) {
      throw new InvalidInputException("referential.block.inUse", c.getBlock().getCode());
    }
    em.createQuery("DELETE FROM Criterion k WHERE k.competence = :c")
        .setParameter("c", c)
        .executeUpdate();
    em.remove(c);
    changed(blockLabel(c.getBlock()), "competence " + c.getOrder() + " deleted");
  }

  public Criterion addCriterion(
      long competenceId, @NotBlank @Size(max = Criterion.DESCRIPTION_MAX) String description) {
    Competence c = competence(competenceId);
    Criterion k = c.addCriterion(description.trim());
    em.persist(k);
    changed(blockLabel(c.getBlock()), "criterion added to competence " + c.getOrder());
    return k;
  }

  public void updateCriterion(
      long id,
      long expectedVersion,
      @NotBlank @Size(max = Criterion.DESCRIPTION_MAX) String description) {
    Criterion k = criterion(id);
    checkVersion(k.getVersion(), expectedVersion);
    k.setDescription(description.trim());
    changed(blockLabel(k.getCompetence().getBlock()), "criterion updated");
    flush();
  }

  /**
   * Deletes a criterion. In a version already used by an exam session, only a criterion no juror
   * has scored: scored ones are part of a signed record.
   */
  public void deleteCriterion(long id) {
    Criterion k = criterion(id);
    boolean scored =
        em.createQuery("SELECT COUNT(sc) FROM SheetScore sc WHERE sc.itemKey = :key", Long.class)
                .setParameter("key", "k:" + k.getId())
                .getSingleResult()
            > 0;
    if (!k.getCompetence().getBlock().isDeletable() && scored) {
      throw new InvalidInputException(
          "referential.block.inUse", k.getCompetence().getBlock().getCode());
    }
    em.remove(k);
    changed(blockLabel(k.getCompetence().getBlock()), "criterion deleted");
  }

  public BlockEquivalence addEquivalence(
      long fromBlockId, long toBlockId, @NotNull EquivalenceKind kind) {
    Block from = block(fromBlockId);
    Block to = block(toBlockId);
    if (from.getCertificationVersion().getId().equals(to.getCertificationVersion().getId())) {
      throw new InvalidInputException("referential.equivalence.sameVersion");
    }
    if (!em.createNamedQuery("BlockEquivalence.findByBlocks", BlockEquivalence.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("referential.equivalence.exists");
    }
    List<EquivalenceResolver.Link> links =
        em
            .createNamedQuery("BlockEquivalence.findAll", BlockEquivalence.class)
            .getResultList()
            .stream()
            .map(
                e ->
                    new EquivalenceResolver.Link(
                        e.getFromBlock().getId(), e.getToBlock().getId(), e.getKind()))
            .toList();
    if (EquivalenceResolver.wouldCycle(from.getId(), to.getId(), links)) {
      throw new InvalidInputException("referential.equivalence.cycle");
    }
    BlockEquivalence e = new BlockEquivalence(from, to, kind);
    em.persist(e);
    changed(blockLabel(to), "equivalence from " + blockLabel(from) + " (" + kind + ")");
    return e;
  }

  public void removeEquivalence(long id) {
    BlockEquivalence e = em.find(BlockEquivalence.class, id);
    if (e == null) {
      throw new ObjectNotFoundException("equivalence", id);
    }
    changed(
        blockLabel(e.getToBlock()),
        "equivalence from " + blockLabel(e.getFromBlock()) + " removed");
    em.remove(e);
  }

  private void changed(String subject, String detail) {
    audit.recordWithChange(
        AuditKind.REFERENTIAL_CHANGED, ctx.getCallerPrincipal().getName(), subject, detail);
  }

  private void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new ConcurrentEditException();
    }
  }

  private static void checkVersion(long actual, long expected) {
    if (actual != expected) {
      throw new ConcurrentEditException();
    }
  }

  private static String blockLabel(Block b) {
    return b.getCertificationVersion().getCode() + "/" + b.getCode();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private CertificationVersion version(long id) {
    CertificationVersion v = em.find(CertificationVersion.class, id);
    if (v == null) {
      throw new ObjectNotFoundException("version", id);
    }
    return v;
  }

  private Block block(long id) {
    Block b = em.find(Block.class, id);
    if (b == null) {
      throw new ObjectNotFoundException("block", id);
    }
    return b;
  }

  private Competence competence(long id) {
    Competence c = em.find(Competence.class, id);
    if (c == null) {
      throw new ObjectNotFoundException("competence", id);
    }
    return c;
  }

  private Criterion criterion(long id) {
    Criterion k = em.find(Criterion.class, id);
    if (k == null) {
      throw new ObjectNotFoundException("criterion", id);
    }
    return k;
  }
}
