package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.CandidateEvidence;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.EvidenceKind;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.infrastructure.files.FileStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence per candidate (R6): the centre uploads the DP (a PDF, checked on its content, not its
 * name, within {@value #MAX_DP_MB} MB) and records ECF results; the jury notes the MSP, interview
 * or questionnaire. Only the session's jury and centre see it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class EvidenceService {

  public static final int MAX_DP_MB = 20;
  static final long MAX_DP_BYTES = MAX_DP_MB * 1024L * 1024L;

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private JuryAccess jury;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  public EvidenceView getEvidence(long candidateId) {
    ExamCandidate c = candidate(candidateId);
    ExamSession s = c.getSession();
    boolean manages = access.canManage(s.getCentre().getId());
    boolean judges = jury.judgesCandidate(c);
    if (!manages && !judges) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    boolean trained = c.getSource() == CandidateSource.COHORT;
    Set<EvidenceKind> expected = EvidenceKind.expected(s.getKind(), trained);
    Map<EvidenceKind, CandidateEvidence> recorded = new EnumMap<>(EvidenceKind.class);
    em.createNamedQuery("CandidateEvidence.findByCandidate", CandidateEvidence.class)
        .setParameter("candidate", c)
        .getResultList()
        .forEach(e -> recorded.put(e.getKind(), e));
    List<EvidenceView.Item> items = new ArrayList<>();
    for (EvidenceKind k : EvidenceKind.allowed(s.getKind(), trained)) {
      CandidateEvidence e = recorded.get(k);
      items.add(
          new EvidenceView.Item(
              k,
              expected.contains(k),
              e == null ? null : e.getFileName(),
              e == null ? null : e.getFileSize(),
              e == null ? null : e.getText(),
              e == null ? null : e.getRecordedBy(),
              e == null ? null : e.getRecordedAt()));
    }
    boolean open = s.getStatus() == ExamStatus.PLANNED || s.getStatus() == ExamStatus.OPEN;
    return new EvidenceView(
        c.getId(),
        c.getLearner().getDisplayName(),
        s.getId(),
        s.getTitle(),
        trained,
        items,
        manages && open,
        judges && s.getStatus() == ExamStatus.OPEN);
  }

  /** The centre uploads the DP: a PDF by its content, at most {@value #MAX_DP_MB} MB. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void uploadDp(long candidateId, String fileName, long declaredSize, InputStream content) {
    ExamCandidate c = candidate(candidateId);
    ExamSession s = c.getSession();
    if (!access.canManage(s.getCentre().getId())) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    editable(s);
    storeDp(c, fileName, declaredSize, content, access.caller());
  }

  /** A candidacy of the caller in a session that still takes evidence. */
  public record Candidacy(
      long candidateId, String session, LocalDate day, String centre, boolean dp)
      implements java.io.Serializable {}

  /** The caller's candidacies in sessions planned or open, soonest first. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public List<Candidacy> myOpenCandidacies() {
    List<ExamCandidate> mine =
        em.createQuery(
                "SELECT c FROM ExamCandidate c JOIN FETCH c.session s WHERE c.learner.username ="
                    + " :me AND s.status IN :open ORDER BY s.day, c.id",
                ExamCandidate.class)
            .setParameter("me", ctx.getCallerPrincipal().getName())
            .setParameter("open", List.of(ExamStatus.PLANNED, ExamStatus.OPEN))
            .setMaxResults(20)
            .getResultList();
    Set<Long> withDp =
        mine.isEmpty()
            ? Set.of()
            : Set.copyOf(
                em.createQuery(
                        "SELECT e.candidate.id FROM CandidateEvidence e WHERE e.candidate IN"
                            + " :mine AND e.kind = :dp AND e.sha256 IS NOT NULL",
                        Long.class)
                    .setParameter("mine", mine)
                    .setParameter("dp", EvidenceKind.DP)
                    .getResultList());
    return mine.stream()
        .map(
            c ->
                new Candidacy(
                    c.getId(),
                    c.getSession().getTitle(),
                    c.getSession().getDay(),
                    c.getSession().getCentre().getName(),
                    withDp.contains(c.getId())))
        .toList();
  }

  /**
   * A candidate hands in their own DP (a PDF Capacité wrote from their logbook), as the centre
   * would upload it: while the session is planned or open; another's candidacy does not exist for
   * them.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void handInDp(long candidateId, String fileName, byte[] pdf) {
    ExamCandidate c = candidate(candidateId);
    String me = ctx.getCallerPrincipal().getName();
    if (!c.getLearner().getUsername().equals(me)) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    editable(c.getSession());
    storeDp(c, fileName, pdf.length, new java.io.ByteArrayInputStream(pdf), me);
  }

  /** Stores a DP: a PDF by its content, at most {@value #MAX_DP_MB} MB; replaces the one before. */
  private void storeDp(
      ExamCandidate c, String fileName, long declaredSize, InputStream content, String by) {
    if (declaredSize > MAX_DP_BYTES) {
      throw new InvalidInputException("jury.evidence.tooLarge", MAX_DP_MB);
    }
    if (content == null || declaredSize == 0) {
      throw new InvalidInputException("jury.evidence.noFile");
    }
    FileStore.Stored stored;
    try (BufferedInputStream in = new BufferedInputStream(content)) {
      in.mark(8);
      byte[] head = in.readNBytes(5);
      if (!new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
        throw new InvalidInputException("jury.evidence.notPdf");
      }
      in.reset();
      stored = fr.capacite.application.shared.FileStorage.store(in, MAX_DP_BYTES);
    } catch (FileStore.TooLargeException e) {
      throw new InvalidInputException("jury.evidence.tooLarge", MAX_DP_MB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = fileName == null || fileName.isBlank() ? "dp.pdf" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    evidence(c, EvidenceKind.DP)
        .file(name.replaceAll("[\\\\/]", "_"), stored.size(), stored.sha256(), by, Instant.now());
  }

  /**
   * Records a text: ECF results (the centre), or notes on the MSP, interview, questionnaire or
   * final interview (the jury, while scoring is open).
   */
  public void record(long candidateId, EvidenceKind kind, String text) {
    ExamCandidate c = candidate(candidateId);
    ExamSession s = c.getSession();
    boolean manages = access.canManage(s.getCentre().getId());
    boolean judges = jury.judgesCandidate(c);
    if (!manages && !judges) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    if (kind == null || kind == EvidenceKind.DP) {
      throw new InvalidInputException("jury.evidence.kindNotText");
    }
    if (!EvidenceKind.allowed(s.getKind(), c.getSource() == CandidateSource.COHORT)
        .contains(kind)) {
      throw new InvalidInputException("jury.evidence.notForThisSession");
    }
    if (kind == EvidenceKind.ECF ? !manages : !judges) {
      throw new InvalidInputException("jury.evidence.notYours");
    }
    editable(s);
    if (kind != EvidenceKind.ECF && s.getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.sheet.notOpen");
    }
    if (text != null && text.length() > CandidateEvidence.TEXT_MAX) {
      throw new InvalidInputException("jury.evidence.tooLong", CandidateEvidence.TEXT_MAX);
    }
    evidence(c, kind).text(text, access.caller(), Instant.now());
  }

  /** The DP's bytes, for the session's jury and centre. */
  public byte[] dp(long candidateId) {
    EvidenceView v = getEvidence(candidateId);
    ExamCandidate c = candidate(v.candidateId());
    CandidateEvidence dp =
        em
            .createNamedQuery("CandidateEvidence.findByCandidate", CandidateEvidence.class)
            .setParameter("candidate", c)
            .getResultList()
            .stream()
            .filter(e -> e.getKind() == EvidenceKind.DP && e.getSha256() != null)
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("dp", candidateId));
    return FileStore.read(dp.getSha256());
  }

  private CandidateEvidence evidence(ExamCandidate c, EvidenceKind kind) {
    return em
        .createNamedQuery("CandidateEvidence.findByCandidate", CandidateEvidence.class)
        .setParameter("candidate", c)
        .getResultList()
        .stream()
        .filter(e -> e.getKind() == kind)
        .findFirst()
        .orElseGet(
            () -> {
              CandidateEvidence e = new CandidateEvidence(c, kind);
              em.persist(e);
              return e;
            });
  }

  /** Evidence changes until deliberation; afterwards it is part of the record. */
  private static void editable(ExamSession s) {
    if (s.getStatus() != ExamStatus.PLANNED && s.getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.evidence.closed");
    }
  }

  private ExamCandidate candidate(long id) {
    ExamCandidate c = em.find(ExamCandidate.class, id);
    if (c == null) {
      throw new ObjectNotFoundException("candidate", id);
    }
    return c;
  }
}
