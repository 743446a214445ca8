package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Dates that hold: a result decided before Capacité existed, or at a session never held in it,
 * enters only here. An administrator copies it from its document (a paper PV, a livret), names that
 * source, and the result is marked historical wherever it shows. It counts for capitalisation (R7)
 * like any other, but Capacité issues no credential for a decision it did not witness.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class HistoricalResultService {

  @PersistenceContext private EntityManager em;
  @EJB private AuditService audit;
  @EJB private OrganisationAccess access;

  /** What the administrator enters. */
  public record Form(
      String learner, Long blockId, Boolean acquired, LocalDate decidedOn, String source)
      implements Serializable {}

  /** A historical result as the administration page lists it. */
  public record Row(
      long id,
      String learner,
      String versionCode,
      String blockCode,
      boolean acquired,
      LocalDate decidedOn,
      String source,
      String recordedBy,
      Instant recordedAt)
      implements Serializable {}

  /** A version and its blocks, to choose from. */
  public record VersionChoice(long id, String code, String title, List<BlockChoice> blocks)
      implements Serializable {}

  public record BlockChoice(long id, String code, String title) implements Serializable {}

  public long record(Form form) {
    if (form == null
        || form.learner() == null
        || form.learner().isBlank()
        || form.blockId() == null
        || form.acquired() == null
        || form.decidedOn() == null) {
      throw new InvalidInputException("admin.historical.incomplete");
    }
    String source = form.source() == null ? "" : form.source().strip();
    if (source.isEmpty()) {
      throw new InvalidInputException("admin.historical.sourceRequired");
    }
    if (source.length() > BlockResult.HISTORICAL_SOURCE_MAX) {
      throw new InvalidInputException(
          "admin.historical.sourceTooLong", BlockResult.HISTORICAL_SOURCE_MAX);
    }
    User learner =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", form.learner().strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "admin.historical.unknownLearner", form.learner().strip()));
    Block block = em.find(Block.class, form.blockId());
    if (block == null) {
      throw new ObjectNotFoundException("block", form.blockId());
    }
    LocalDate today = LocalDate.now(JurorService.ZONE);
    if (form.decidedOn().isAfter(today)) {
      throw new InvalidInputException("admin.historical.future", form.decidedOn());
    }
    CertificationVersion v = block.getCertificationVersion();
    if ((v.getValidFrom() != null && form.decidedOn().isBefore(v.getValidFrom()))
        || (v.getValidUntil() != null && form.decidedOn().isAfter(v.getValidUntil()))) {
      // A jury decides a block while its version is in force, not before, not after.
      throw new InvalidInputException(
          "admin.historical.outsideVersion", v.getCode(), form.decidedOn());
    }
    long same =
        em.createQuery(
                "SELECT COUNT(r) FROM BlockResult r WHERE r.learner = :l AND r.block = :b AND"
                    + " r.decidedOn = :d",
                Long.class)
            .setParameter("l", learner)
            .setParameter("b", block)
            .setParameter("d", form.decidedOn())
            .getSingleResult();
    if (same > 0) {
      throw new InvalidInputException("admin.historical.duplicate");
    }
    BlockResult r =
        BlockResult.historical(
            learner,
            block,
            form.acquired(),
            form.decidedOn(),
            source,
            access.caller(),
            Instant.now());
    em.persist(r);
    em.flush();
    audit.record(
        AuditKind.HISTORICAL_RESULT_RECORDED,
        access.caller(),
        learner.getUsername(),
        v.getCode()
            + " "
            + block.getCode()
            + " "
            + (form.acquired() ? "acquired" : "not acquired")
            + " on "
            + form.decidedOn()
            + ", from: "
            + source);
    return r.getId();
  }

  /** The historical results entered, newest first. */
  public PageSlice<Row> recent(int first, int size) {
    int n = Math.max(1, Math.min(size, PageSlice.MAX_PAGE_SIZE));
    List<Row> rows =
        em
            .createNamedQuery("BlockResult.historical", BlockResult.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(n)
            .getResultList()
            .stream()
            .map(
                r ->
                    new Row(
                        r.getId(),
                        r.getLearner().getDisplayName() + " (" + r.getLearner().getUsername() + ")",
                        r.getBlock().getCertificationVersion().getCode(),
                        r.getBlock().getCode(),
                        r.isAcquired(),
                        r.getDecidedOn(),
                        r.getHistoricalSource(),
                        r.getRecordedBy(),
                        r.getRecordedAt()))
            .toList();
    long total = em.createNamedQuery("BlockResult.countHistorical", Long.class).getSingleResult();
    return new PageSlice<>(rows, total, first, n);
  }

  /** Every version with its blocks, newest first: historical results may be of any of them. */
  public List<VersionChoice> versions() {
    return em
        .createQuery(
            "SELECT DISTINCT v FROM CertificationVersion v LEFT JOIN FETCH v.blocks ORDER BY"
                + " v.validFrom DESC, v.code",
            CertificationVersion.class)
        .getResultList()
        .stream()
        .map(
            v ->
                new VersionChoice(
                    v.getId(),
                    v.getCode(),
                    v.getTitle(),
                    v.getBlocks().stream()
                        .filter(b -> !b.isRetired())
                        .sorted(java.util.Comparator.comparing(Block::getCode))
                        .map(b -> new BlockChoice(b.getId(), b.getCode(), b.getTitle()))
                        .toList()))
        .toList();
  }

  /**
   * Active accounts whose name, e-mail or user name contains what was typed (3 letters or more).
   */
  public List<String> learners(String typed) {
    String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (q.length() < 3) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
    return em.createQuery(
            "SELECT u.username FROM User u WHERE u.active = TRUE AND (LOWER(u.displayName) LIKE :q"
                + " OR LOWER(u.email) LIKE :q OR u.username LIKE :q) ORDER BY u.username",
            String.class)
        .setParameter("q", like)
        .setMaxResults(10)
        .getResultList();
  }
}
