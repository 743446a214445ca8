package fr.capacite.application.referential;

import fr.capacite.application.referential.VersionDetail.BlockView;
import fr.capacite.application.referential.VersionDetail.CompetenceView;
import fr.capacite.application.referential.VersionDetail.CriterionView;
import fr.capacite.application.referential.VersionDetail.EquivalenceView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.Criterion;
import fr.capacite.domain.referential.PixDomain;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Read side of the referential. The referential is public information (RNCP open data), so reading
 * is open to everyone; editing lives in {@link ReferentialEditService}.
 */
@Stateless
@PermitAll
public class ReferentialService {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemDefaultZone();

  /** All versions with their status today; a handful of rows per title, loaded in two queries. */
  public List<VersionSummary> listVersions() {
    List<CertificationVersion> versions =
        em.createNamedQuery(
                "CertificationVersion.findAllWithCertification", CertificationVersion.class)
            .getResultList();
    Map<Long, Long> blockCounts = blockCounts();
    Map<Long, LocalDate> successorStarts = CertificationVersion.successorStarts(versions);
    LocalDate today = LocalDate.now(clock);
    return versions.stream()
        .sorted(lineageOrder())
        .map(v -> summary(v, today, successorStarts, blockCounts.getOrDefault(v.getId(), 0L)))
        .toList();
  }

  /** A version with everything under it, by its code (e.g. {@code REMN-2019}). */
  public Optional<VersionDetail> findVersionDetail(String code) {
    return em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(v -> getVersionDetail(v.getId()));
  }

  public VersionDetail getVersionDetail(long id) {
    CertificationVersion v = em.find(CertificationVersion.class, id);
    if (v == null) {
      throw new ObjectNotFoundException("version", id);
    }
    List<Block> blocks =
        em.createNamedQuery("Block.findByVersion", Block.class)
            .setParameter("version", v)
            .getResultList();
    Map<Long, List<Competence>> competencesByBlock = competencesOf(blocks);
    Map<Long, List<Criterion>> criteriaByCompetence =
        criteriaOf(competencesByBlock.values().stream().flatMap(List::stream).toList());
    List<BlockView> blockViews =
        blocks.stream()
            .map(
                b ->
                    new BlockView(
                        b.getId(),
                        b.getCode(),
                        b.getRncpCode(),
                        b.getTitle(),
                        b.getKind(),
                        b.getOrder(),
                        b.isRetired(),
                        b.getVersion(),
                        competencesByBlock.getOrDefault(b.getId(), List.of()).stream()
                            .map(c -> competenceView(c, criteriaByCompetence))
                            .toList()))
            .toList();
    List<EquivalenceView> equivalences =
        em
            .createNamedQuery("BlockEquivalence.findByVersion", BlockEquivalence.class)
            .setParameter("version", v)
            .getResultList()
            .stream()
            .map(ReferentialService::equivalenceView)
            .toList();
    List<CertificationVersion> successors =
        em.createNamedQuery("CertificationVersion.findSuccessors", CertificationVersion.class)
            .setParameter("version", v)
            .getResultList();
    Map<Long, LocalDate> successorStart = new HashMap<>();
    successors.stream()
        .map(CertificationVersion::getValidFrom)
        .filter(d -> d != null)
        .min(LocalDate::compareTo)
        .ifPresent(d -> successorStart.put(v.getId(), d));
    VersionSummary summary = summary(v, LocalDate.now(clock), successorStart, blocks.size());
    return new VersionDetail(
        summary,
        v.getLegalBasis(),
        v.getNsf(),
        v.getVersion(),
        v.isUsedInExam(),
        v.getPredecessor() == null ? null : v.getPredecessor().getId(),
        blockViews,
        equivalences);
  }

  public List<PixDomain> listPixDomains() {
    return em.createNamedQuery("PixDomain.findAllWithCompetences", PixDomain.class).getResultList();
  }

  /** Blocks of a version, in order (for choosing equivalence targets). */
  public List<Block> listBlocks(long versionId) {
    CertificationVersion v = em.find(CertificationVersion.class, versionId);
    if (v == null) {
      throw new ObjectNotFoundException("version", versionId);
    }
    return em.createNamedQuery("Block.findByVersion", Block.class)
        .setParameter("version", v)
        .getResultList();
  }

  private Map<Long, List<Competence>> competencesOf(Collection<Block> blocks) {
    if (blocks.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery("Competence.findByBlocks", Competence.class)
        .setParameter("blocks", blocks)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(c -> c.getBlock().getId()));
  }

  private Map<Long, List<Criterion>> criteriaOf(Collection<Competence> competences) {
    if (competences.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery("Criterion.findByCompetences", Criterion.class)
        .setParameter("competences", competences)
        .getResultList()
        .stream()
        .collect(Collectors.groupingBy(c -> c.getCompetence().getId()));
  }

  private static CompetenceView competenceView(Competence c, Map<Long, List<Criterion>> criteria) {
    return new CompetenceView(
        c.getId(),
        c.getOrder(),
        c.getTitle(),
        c.getVersion(),
        criteria.getOrDefault(c.getId(), List.of()).stream()
            .map(
                k -> new CriterionView(k.getId(), k.getOrder(), k.getDescription(), k.getVersion()))
            .toList());
  }

  private static EquivalenceView equivalenceView(BlockEquivalence e) {
    Block from = e.getFromBlock();
    Block to = e.getToBlock();
    return new EquivalenceView(
        e.getId(),
        from.getCertificationVersion().getCode(),
        from.getCode(),
        from.getTitle(),
        to.getCertificationVersion().getCode(),
        to.getCode(),
        to.getTitle(),
        e.getKind());
  }

  /**
   * Titles alphabetically, then each title's versions oldest first along the predecessor chain:
   * dates can be unknown (the 2015 version has none), the chain is always known.
   */
  static java.util.Comparator<CertificationVersion> lineageOrder() {
    return java.util.Comparator.comparing(
            (CertificationVersion v) -> v.getCertification().getTitle())
        .thenComparingInt(ReferentialService::depth)
        .thenComparing(
            CertificationVersion::getValidFrom,
            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
        .thenComparing(CertificationVersion::getCode);
  }

  private static int depth(CertificationVersion v) {
    int depth = 0;
    for (CertificationVersion p = v.getPredecessor();
        p != null && depth < 100;
        p = p.getPredecessor()) {
      depth++;
    }
    return depth;
  }

  private Map<Long, Long> blockCounts() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT b.certificationVersion.id, COUNT(b) FROM Block b GROUP BY"
                    + " b.certificationVersion.id",
                Object[].class)
            .getResultList();
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  static VersionSummary summary(
      CertificationVersion v,
      LocalDate today,
      Map<Long, LocalDate> successorStarts,
      long blockCount) {
    return new VersionSummary(
        v.getId(),
        v.getCertification().getCode(),
        v.getCertification().getTitle(),
        v.getCode(),
        v.getTitle(),
        v.getRncpCode(),
        v.getLevel(),
        v.getValidFrom(),
        v.getValidUntil(),
        v.isExtended(),
        v.statusOn(today, Optional.ofNullable(successorStarts.get(v.getId()))),
        v.getPredecessor() == null ? null : v.getPredecessor().getCode(),
        blockCount);
  }
}
