package fr.capacite.application.referential;

import fr.capacite.application.referential.rncp.CountingInputStream;
import fr.capacite.application.referential.rncp.ImportPlan;
import fr.capacite.application.referential.rncp.ImportPlan.Operation;
import fr.capacite.application.referential.rncp.ImportPlanner;
import fr.capacite.application.referential.rncp.ReferentialSnapshot;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.BlockSnap;
import fr.capacite.application.referential.rncp.ReferentialSnapshot.VersionSnap;
import fr.capacite.application.referential.rncp.RncpCsvParser;
import fr.capacite.application.referential.rncp.RncpDataset;
import fr.capacite.application.referential.rncp.RncpFormatException;
import fr.capacite.application.referential.rncp.RncpXmlParser;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.Certification;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.EquivalenceKind;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Imports France Compétences open data. {@link #preview} reads the files and plans the changes
 * without writing; {@link #apply} plans again inside one transaction and applies, refusing if the
 * plan differs from the previewed one. Malformed files are refused whole, naming file and line.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ReferentialImportService {

  /** Largest accepted file; bigger uploads are refused before parsing. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  @PersistenceContext private EntityManager em;
  @EJB private AuditService audit;
  @Resource private SessionContext ctx;

  /** Reads and plans in the background, so the page can show progress on large files. */
  @Asynchronous
  public Future<ImportPreview> previewAsync(
      List<ImportFile> files, ImportProgress progress, boolean includeSpecific) {
    return new AsyncResult<>(preview(files, progress, includeSpecific));
  }

  /**
   * @param includeSpecific whether RS fiches (répertoire spécifique) become titles too; else they
   *     are skipped and the plan's warnings say which
   */
  public ImportPreview preview(
      List<ImportFile> files, ImportProgress progress, boolean includeSpecific) {
    RncpDataset data = read(files, progress);
    ImportPlan plan = ImportPlanner.plan(data, snapshot(), includeSpecific);
    return new ImportPreview(
        plan, data.fiches().size(), data.blocks().size(), data.links().size(), fingerprint(plan));
  }

  /** Applies the files in one transaction; returns the applied plan. */
  public ImportPlan apply(
      List<ImportFile> files, String expectedFingerprint, boolean includeSpecific) {
    RncpDataset data = read(files, new ImportProgress(1));
    ImportPlan plan = ImportPlanner.plan(data, snapshot(), includeSpecific);
    if (!fingerprint(plan).equals(expectedFingerprint)) {
      throw new InvalidInputException("referential.import.changedSincePreview");
    }
    new Applier().apply(plan);
    if (!plan.isEmpty()) {
      audit.recordWithChange(
          AuditKind.REFERENTIAL_IMPORTED,
          ctx.getCallerPrincipal().getName(),
          files.stream().map(ImportFile::name).collect(Collectors.joining(", ")),
          plan.counts().toString());
    }
    return plan;
  }

  static RncpDataset read(List<ImportFile> files, ImportProgress progress) {
    if (files.isEmpty()) {
      throw new InvalidInputException("referential.import.noFile");
    }
    RncpDataset all = new RncpDataset();
    for (ImportFile f : files) {
      long size;
      try {
        size = Files.size(f.path());
      } catch (IOException e) {
        throw new RncpFormatException("unreadable", f.name(), 0, String.valueOf(e.getMessage()));
      }
      if (size > MAX_FILE_BYTES) {
        throw new InvalidInputException(
            "referential.import.tooLarge", f.name(), MAX_FILE_BYTES / (1024 * 1024));
      }
      if (size == 0) {
        throw new RncpFormatException("emptyFile", f.name(), 1);
      }
      long base = progress.base();
      try (InputStream in = new BufferedInputStream(Files.newInputStream(f.path()))) {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        if (looksLikeZip(head)) {
          readArchive(in, f.name(), all, n -> progress.set(base + n));
        } else {
          all.addAll(parse(in, head, f.name(), n -> progress.set(base + n)));
        }
      } catch (IOException e) {
        throw new RncpFormatException("unreadable", f.name(), 0, String.valueOf(e.getMessage()));
      }
      progress.fileDone(size);
    }
    return all;
  }

  private static RncpDataset parse(
      InputStream in, byte[] head, String name, java.util.function.LongConsumer progress) {
    return looksLikeXml(head)
        ? RncpXmlParser.parse(in, name, progress)
        : RncpCsvParser.parse(in, name, progress);
  }

  /** Files in an archive at most, and their total size once uncompressed (zip bombs). */
  static final int MAX_ARCHIVE_ENTRIES = 50;

  static final long MAX_ARCHIVE_BYTES = 4 * MAX_FILE_BYTES;

  /**
   * A ZIP archive as France Compétences publishes its exports: each CSV or XML entry is read as if
   * uploaded alone, named "archive › entry". The entry names are UTF-8 without the archive's UTF-8
   * flag (they read "Comp├⌐tences" in tools that assume the DOS code page); Java reads them as
   * UTF-8, which they are. Other entries (a README, folders) are passed over.
   */
  static void readArchive(
      InputStream in, String archive, RncpDataset all, java.util.function.LongConsumer progress)
      throws IOException {
    InputStream compressed = new CountingInputStream(in, progress);
    java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(compressed, StandardCharsets.UTF_8);
    long[] uncompressed = {0};
    // What the parsers read of an entry: counted against the bound, and never closing the archive.
    InputStream entries =
        new org.apache.commons.io.input.ProxyInputStream(zip) {
          @Override
          protected void afterRead(int n) {
            uncompressed[0] += Math.max(0, n);
            if (uncompressed[0] > MAX_ARCHIVE_BYTES) {
              throw new RncpFormatException("archiveTooLarge", archive, 1);
            }
          }

          @Override
          public void close() {
            // the parsers close what they read; the archive stays open for the next entry
          }
        };
    int seen = 0;
    int read = 0;
    for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (++seen > MAX_ARCHIVE_ENTRIES) {
        throw new RncpFormatException("archiveTooLarge", archive, 1);
      }
      String entryName = e.getName().substring(e.getName().lastIndexOf('/') + 1);
      String lower = entryName.toLowerCase(java.util.Locale.ROOT);
      if (e.isDirectory() || !(lower.endsWith(".csv") || lower.endsWith(".xml"))) {
        continue;
      }
      if (lower.endsWith(".csv") && !isReferentialCsv(lower)) {
        // Certificateurs, Partenaires, Rome, Nsf, Formacode, CCN, VoixdAccès: not the referential
        all.passOver(archive + " › " + entryName);
        continue;
      }
      InputStream entry = new BufferedInputStream(entries);
      entry.mark(64);
      byte[] head = entry.readNBytes(64);
      entry.reset();
      if (head.length == 0) {
        continue;
      }
      all.addAll(parse(entry, head, archive + " › " + entryName, n -> {}));
      read++;
    }
    if (read == 0) {
      throw new RncpFormatException("emptyArchive", archive, 1);
    }
  }

  /**
   * The CSV files of the export that hold the referential, by the names France Compétences uses.
   */
  static boolean isReferentialCsv(String lowerCaseName) {
    return lowerCaseName.contains("standard")
        || lowerCaseName.contains("blocs")
        || lowerCaseName.contains("ancienne");
  }

  /** A ZIP archive begins with a local file header. */
  static boolean looksLikeZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** The type is decided on the content, never on the file name. */
  static boolean looksLikeXml(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return s.startsWith("<");
  }

  ReferentialSnapshot snapshot() {
    List<CertificationVersion> versions =
        em.createNamedQuery(
                "CertificationVersion.findAllWithCertification", CertificationVersion.class)
            .getResultList();
    List<Block> blocks = em.createQuery("SELECT b FROM Block b", Block.class).getResultList();
    Map<Long, List<String>> competences = new HashMap<>();
    em.createQuery("SELECT c FROM Competence c ORDER BY c.block.id, c.sortOrder", Competence.class)
        .getResultList()
        .forEach(
            c ->
                competences
                    .computeIfAbsent(c.getBlock().getId(), k -> new java.util.ArrayList<>())
                    .add(c.getTitle()));
    Map<Long, List<BlockSnap>> blocksByVersion = new HashMap<>();
    blocks.stream()
        .sorted(java.util.Comparator.comparingInt(Block::getOrder))
        .forEach(
            b ->
                blocksByVersion
                    .computeIfAbsent(
                        b.getCertificationVersion().getId(), k -> new java.util.ArrayList<>())
                    .add(
                        new BlockSnap(
                            b.getCode(),
                            b.getRncpCode(),
                            b.getTitle(),
                            b.getOrder(),
                            competences.getOrDefault(b.getId(), List.of()))));
    List<ReferentialSnapshot.EquivalenceSnap> equivalences =
        em.createQuery(
                "SELECT e.fromBlock.certificationVersion.code, e.fromBlock.code,"
                    + " e.toBlock.certificationVersion.code, e.toBlock.code FROM BlockEquivalence e",
                Object[].class)
            .getResultStream()
            .map(
                r ->
                    new ReferentialSnapshot.EquivalenceSnap(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3]))
            .toList();
    return new ReferentialSnapshot(
        versions.stream()
            .map(
                v ->
                    new VersionSnap(
                        v.getCode(),
                        v.getRncpCode(),
                        v.getTitle(),
                        v.getLevel(),
                        v.getValidFrom(),
                        v.getValidUntil(),
                        v.getCertification().getCode(),
                        v.getPredecessor() == null ? null : v.getPredecessor().getCode(),
                        blocksByVersion.getOrDefault(v.getId(), List.of())))
            .toList(),
        equivalences);
  }

  static String fingerprint(ImportPlan plan) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Operation o : plan.operations()) {
        sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Executes planned operations on managed entities, looking each target up once. */
  private final class Applier {
    private final Map<String, Certification> certifications = new HashMap<>();
    private final Map<String, CertificationVersion> versions = new HashMap<>();
    private final Map<String, Block> blocks = new HashMap<>();

    void apply(ImportPlan plan) {
      for (Operation o : plan.operations()) {
        switch (o.type()) {
          case CREATE_CERTIFICATION -> {
            Certification c =
                new Certification(o.certification(), truncate(o.after(), Certification.TITLE_MAX));
            em.persist(c);
            certifications.put(c.getCode(), c);
          }
          case CREATE_VERSION -> {
            CertificationVersion v =
                certification(o.certification())
                    .addVersion(o.version(), truncate(o.after(), CertificationVersion.TITLE_MAX));
            v.setRncpCode(o.version());
            v.setLevel(o.level());
            v.setValidity(o.validFrom(), validUntil(o.validFrom(), o.validUntil()), false);
            em.persist(v);
            versions.put(v.getCode(), v);
          }
          case UPDATE_VERSION -> updateVersion(version(o.version()), o);
          case LINK_PREDECESSOR -> version(o.version()).setPredecessor(version(o.after()));
          case CREATE_BLOCK -> {
            Block b =
                version(o.version())
                    .addBlock(o.block(), truncate(o.after(), Block.TITLE_MAX), BlockKind.CCP);
            b.setOrder(o.order());
            b.setRncpCode(o.before());
            em.persist(b);
            blocks.put(o.version() + "/" + o.block(), b);
          }
          case UPDATE_BLOCK -> {
            Block b = block(o.version(), o.block());
            if (o.field() == ImportPlan.Field.RNCP_CODE) {
              b.setRncpCode(o.after());
            } else {
              b.setTitle(truncate(o.after(), Block.TITLE_MAX));
            }
          }
          case CREATE_COMPETENCE ->
              em.persist(
                  block(o.version(), o.block())
                      .addCompetence(truncate(o.after(), Competence.TITLE_MAX)));
          case UPDATE_COMPETENCE ->
              block(o.version(), o.block()).getCompetences().stream()
                  .filter(c -> c.getOrder() == o.order())
                  .findFirst()
                  .ifPresent(c -> c.setTitle(truncate(o.after(), Competence.TITLE_MAX)));
          case CREATE_EQUIVALENCE ->
              // France Compétences publishes a correspondence as a whole block for a whole block
              em.persist(
                  new BlockEquivalence(
                      block(o.version(), o.block()),
                      block(o.before(), o.after()),
                      EquivalenceKind.TOTAL));
          default -> throw new IllegalStateException(o.type().name());
        }
      }
    }

    private void updateVersion(CertificationVersion v, Operation o) {
      switch (o.field()) {
        case TITLE -> v.setTitle(truncate(o.after(), CertificationVersion.TITLE_MAX));
        case LEVEL -> v.setLevel(o.after());
        case VALID_FROM -> {
          LocalDate from = LocalDate.parse(o.after());
          v.setValidity(from, validUntil(from, v.getValidUntil()), v.isExtended());
        }
        case VALID_UNTIL ->
            v.setValidity(
                v.getValidFrom(),
                validUntil(v.getValidFrom(), LocalDate.parse(o.after())),
                v.isExtended());
        default -> throw new IllegalStateException(o.field().name());
      }
    }

    /** An end before the start in the source data is kept out rather than failing the import. */
    private LocalDate validUntil(LocalDate from, LocalDate until) {
      return from != null && until != null && until.isBefore(from) ? null : until;
    }

    private Certification certification(String code) {
      return certifications.computeIfAbsent(
          code,
          k ->
              em.createNamedQuery("Certification.findByCode", Certification.class)
                  .setParameter("code", k)
                  .getSingleResult());
    }

    private CertificationVersion version(String code) {
      return versions.computeIfAbsent(
          code,
          k ->
              em.createNamedQuery("CertificationVersion.findByCode", CertificationVersion.class)
                  .setParameter("code", k)
                  .getSingleResult());
    }

    private Block block(String versionCode, String blockCode) {
      return blocks.computeIfAbsent(
          versionCode + "/" + blockCode,
          k ->
              em.createNamedQuery("Block.findByVersionAndCode", Block.class)
                  .setParameter("version", version(versionCode))
                  .setParameter("code", blockCode)
                  .getSingleResult());
    }

    private String truncate(String s, int max) {
      return s == null || s.length() <= max ? s : s.substring(0, max);
    }
  }
}
