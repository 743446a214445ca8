package fr.capacite.application.jury;

import fr.capacite.application.identity.PasswordHasher;
import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.Amendment;
import fr.capacite.domain.jury.BlockDecision;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.CandidateEligibility;
import fr.capacite.domain.jury.Capitalisation;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.PvContent;
import fr.capacite.domain.jury.PvRecord;
import fr.capacite.domain.jury.PvSignature;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PV and the results (R9): jurors sign by re-entering their password; once all have signed,
 * scores and decisions are frozen and any correction is an amendment that keeps the original. The
 * centre then publishes: results enter each candidate's history (for capitalisation), documents get
 * a verification code, and candidates are told.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class PvService {

  /** Letters and digits that cannot be mistaken for one another when typed from paper. */
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;
  @EJB private JuryAccess jury;
  @EJB private NotificationService notifications;
  @Inject private PasswordHasher hasher;
  @Inject private jakarta.enterprise.event.Event<ResultsPublished> published;
  @Inject private jakarta.enterprise.event.Event<ResultCorrected> corrected;
  @Inject private jakarta.enterprise.event.Event<TitleDecided> titles;

  public PvView getPv(long sessionId) {
    return pv(jury.visible(sessionId));
  }

  /** The caller signs the PV, proving who they are with their password. */
  @RolesAllowed(Role.Names.JUROR)
  public void sign(long sessionId, char[] password) {
    ExamSession s = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    User me = me();
    if (s == null || !new JuryFacts(em).jurors(s).contains(me)) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    if (s.getStatus() != ExamStatus.DELIBERATED) {
      throw new InvalidInputException("jury.pv.notDeliberated");
    }
    if (signatures(s).stream().anyMatch(x -> x.getJuror().equals(me))) {
      throw new InvalidInputException("jury.pv.alreadySigned");
    }
    if (password == null || !hasher.verify(password, me.getPasswordHash())) {
      throw new InvalidInputException("jury.pv.badPassword");
    }
    Instant now = Instant.now();
    em.persist(new PvSignature(s, me, now));
    em.flush();
    audit.record(AuditKind.PV_SIGNED, me.getUsername(), "exam-session:" + s.getId(), "signature");
    if (signatures(s).size() >= new JuryFacts(em).jurors(s).size()) {
      s.advanceTo(ExamStatus.SIGNED);
      // The whole record is written now, once: later reads never recompute it (R9).
      new PvRecords(em).seal(s, me.getUsername(), now);
      audit.record(
          AuditKind.PV_SIGNED,
          me.getUsername(),
          "exam-session:" + s.getId(),
          "PV signed by the whole jury and sealed");
    }
  }

  /** A correction after signature: kept beside the signed decision, never over it (R9). */
  public void amend(long candidateId, long blockId, boolean acquired, String reason) {
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    ExamSession s = jury.visible(c.getSession().getId());
    if (s.getStatus() != ExamStatus.SIGNED && s.getStatus() != ExamStatus.PUBLISHED) {
      throw new InvalidInputException("jury.pv.notSigned");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("jury.pv.amendReasonRequired");
    }
    if (reason.length() > Amendment.REASON_MAX) {
      throw new InvalidInputException("jury.deliberation.reasonTooLong", Amendment.REASON_MAX);
    }
    BlockDecision d =
        em.createQuery(
                "SELECT d FROM BlockDecision d WHERE d.candidate = :c AND d.block.id = :b",
                BlockDecision.class)
            .setParameter("c", c)
            .setParameter("b", blockId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("decision", blockId));
    em.lock(s, LockModeType.PESSIMISTIC_WRITE);
    PvRecords records = new PvRecords(em);
    PvRecord latest = records.latest(s).orElseThrow(() -> new IllegalStateException("unsealed PV"));
    PvContent before = PvRecords.fromJson(latest.getContent());
    PvContent.Candidate was = before.candidate(candidateId);
    Boolean inForce =
        was.decisions().stream()
            .filter(x -> x.blockId() == blockId)
            .findFirst()
            .map(PvContent.Decision::acquired)
            .orElseThrow(() -> new ObjectNotFoundException("decision", blockId));
    if (inForce == null || inForce == acquired) {
      throw new InvalidInputException("jury.pv.amendNoChange");
    }
    Instant now = Instant.now();
    em.persist(new Amendment(d, inForce, acquired, reason, access.caller(), now));
    PvRecord next =
        records.amend(latest, candidateId, blockId, acquired, reason.strip(), access.caller(), now);
    boolean titleNow = PvRecords.fromJson(next.getContent()).candidate(candidateId).titleGranted();
    if (s.getStatus() == ExamStatus.PUBLISHED) {
      em.createNamedQuery("BlockResult.findBySessionCandidate", BlockResult.class)
          .setParameter("session", s)
          .setParameter("learner", c.getLearner())
          .setParameter("block", d.getBlock())
          .getResultList()
          .forEach(
              r -> {
                r.correct(acquired);
                corrected.fire(new ResultCorrected(r.getId(), acquired, reason));
              });
      if (titleNow != was.titleGranted()) {
        // The title credential follows the stored PV: issued or revoked with the amendment.
        titles.fire(
            new TitleDecided(
                s.getId(), c.getLearner().getId(), titleNow, s.getDay(), reason.strip()));
      }
    }
    audit.record(
        AuditKind.PV_AMENDED,
        access.caller(),
        "exam-session:" + s.getId(),
        "amendment " + d.getBlock().getCode() + " " + inForce + " -> " + acquired + ": " + reason);
  }

  /** Publishes the results of a signed session: history, codes, and a word to each candidate. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void publish(long sessionId) {
    ExamSession s = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !access.canManage(s.getCentre().getId())) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    if (s.getStatus() != ExamStatus.SIGNED) {
      throw new InvalidInputException("jury.pv.notSigned");
    }
    if (java.time.LocalDate.now(JurorService.ZONE).isBefore(s.getDay())) {
      throw new InvalidInputException("jury.pv.publishNotYet", s.getDay());
    }
    PvContent content =
        PvRecords.fromJson(
            new PvRecords(em)
                .latest(s)
                .orElseThrow(() -> new IllegalStateException("unsealed PV"))
                .getContent());
    Map<Long, ExamCandidate> byId = new HashMap<>();
    new JuryFacts(em).candidates(s).forEach(c -> byId.put(c.getId(), c));
    for (PvContent.Candidate r : content.candidates()) {
      ExamCandidate c = byId.get(r.candidateId());
      for (PvContent.Decision d : r.decisions()) {
        if (d.acquired() != null) {
          em.persist(
              new BlockResult(
                  c.getLearner(),
                  em.getReference(Block.class, d.blockId()),
                  s,
                  d.acquired(),
                  s.getDay()));
        }
      }
      c.publish(r.verificationCode());
      notifications.send(
          c.getLearner(),
          "notification.results.published",
          "/path/results.xhtml",
          List.of(s.getTitle()));
    }
    s.advanceTo(ExamStatus.PUBLISHED);
    em.flush();
    published.fire(new ResultsPublished(s.getId()));
    audit.record(
        AuditKind.EXAM_SESSION_CHANGED, access.caller(), "exam-session:" + s.getId(), "published");
  }

  /** The caller's published results and their block history across sessions and versions. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public CandidateResults myResults() {
    User me = me();
    List<CandidateResults.Published> published = new ArrayList<>();
    for (ExamCandidate c :
        em.createQuery(
                "SELECT c FROM ExamCandidate c JOIN FETCH c.session s JOIN FETCH s.certificationVersion WHERE"
                    + " c.learner = :me AND s.status = :published ORDER BY s.day DESC",
                ExamCandidate.class)
            .setParameter("me", me)
            .setParameter("published", ExamStatus.PUBLISHED)
            .getResultList()) {
      ExamSession s = c.getSession();
      PvView pv = pv(s);
      pv.candidates().stream()
          .filter(r -> r.candidateId() == c.getId())
          .findFirst()
          .ifPresent(
              r ->
                  published.add(
                      new CandidateResults.Published(
                          s.getId(),
                          s.getTitle(),
                          s.getDay(),
                          s.getCertificationVersion().getCode(),
                          r)));
    }
    List<CandidateResults.History> history =
        em
            .createNamedQuery("BlockResult.findByLearner", BlockResult.class)
            .setParameter("learner", me)
            .getResultList()
            .stream()
            .map(
                r ->
                    new CandidateResults.History(
                        r.getBlock().getCertificationVersion().getCode(),
                        r.getBlock().getCode(),
                        r.isAcquired(),
                        r.getDecidedOn(),
                        r.getSession() == null ? null : r.getSession().getTitle(),
                        r.isAcquired()
                                && r.getBlock().getCertificationVersion().getValidUntil() != null
                            ? r.getBlock()
                                .getCertificationVersion()
                                .getValidUntil()
                                .plusYears(Capitalisation.YEARS_AFTER_END)
                            : null,
                        r.getHistoricalSource()))
            .toList();
    return new CandidateResults(
        published.stream().map(CandidateResults.Published::result).toList(), published, history);
  }

  /** A candidate's own result, for their documents; also for the session's jury and managers. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR, Role.Names.MEDIATOR})
  public PvView resultOf(long candidateId) {
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    ExamSession s = c.getSession();
    boolean own = c.getLearner().getUsername().equals(access.caller());
    if (own) {
      if (s.getStatus() != ExamStatus.PUBLISHED) {
        throw new ObjectNotFoundException("candidate", candidateId);
      }
    } else {
      jury.visible(s.getId());
      // R3: a juror excluded from the candidate does not get their result documents either.
      if (!access.canManage(s.getCentre().getId()) && !jury.judgesCandidate(c)) {
        throw new ObjectNotFoundException("candidate", candidateId);
      }
    }
    return pv(s).only(candidateId);
  }

  /** Anyone with the code of a result document may check it; nothing else about the person. */
  @PermitAll
  public Verification verify(String code) {
    String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    ExamCandidate c =
        em.createNamedQuery("ExamCandidate.findByCode", ExamCandidate.class)
            .setParameter("code", clean)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("result", clean));
    ExamSession s = c.getSession();
    PvView.CandidateResult r =
        pv(s).candidates().stream()
            .filter(x -> x.candidateId() == c.getId())
            .findFirst()
            .orElseThrow();
    PvView pv = pv(s);
    return new Verification(
        pv.versionCode(),
        pv.versionTitle(),
        pv.centreName(),
        pv.day(),
        r.blocks(),
        r.titleGranted(),
        r.heldBefore(),
        pv.sealed());
  }

  /**
   * Anyone holding a published PV checks it by its own code: the stored content in force, its hash
   * and revision. Nothing more than the paper shows.
   */
  @PermitAll
  public PvView verifyPv(String code) {
    String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    PvRecord record =
        em.createNamedQuery("PvRecord.latestByCode", PvRecord.class)
            .setParameter("code", clean)
            .setMaxResults(1)
            .getResultStream()
            .filter(x -> x.getSession().getStatus() == ExamStatus.PUBLISHED)
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("result", clean));
    return fromRecord(record.getSession(), record, List.of(), false);
  }

  /**
   * Who the session's stored PV grants the title to (learner ids), for the title credentials: the
   * record decides, not a recomputation from today's referential.
   */
  @PermitAll
  public List<Long> titleHolders(long sessionId) {
    ExamSession s = em.find(ExamSession.class, sessionId);
    if (s == null) {
      return List.of();
    }
    return new PvRecords(em)
        .latest(s)
        .map(r -> PvRecords.fromJson(r.getContent()).candidates().stream())
        .orElseGet(java.util.stream.Stream::empty)
        .filter(PvContent.Candidate::titleGranted)
        .map(PvContent.Candidate::learnerId)
        .toList();
  }

  /** Every revision of a signed PV, oldest first: the original and each amendment's. */
  public List<PvView.Sealed> revisions(long sessionId) {
    return new PvRecords(em)
        .revisions(jury.visible(sessionId)).stream().map(PvService::sealed).toList();
  }

  /** The stored text of one revision, as hashed: what anyone can check against its hash. */
  public String recordText(long sessionId, int revision) {
    return new PvRecords(em)
        .revisions(jury.visible(sessionId)).stream()
            .filter(r -> r.getRevision() == revision)
            .findFirst()
            .map(PvRecord::getContent)
            .orElseThrow(() -> new ObjectNotFoundException("pv-revision", revision));
  }

  /**
   * The results for the Ministry's system: one row per candidate and block, with the version, block
   * code, decision and date (after signature).
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public String ministryCsv(long sessionId) {
    ExamSession s = em.find(ExamSession.class, sessionId);
    if (s == null || !access.canManage(s.getCentre().getId())) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    if (s.getStatus() != ExamStatus.SIGNED && s.getStatus() != ExamStatus.PUBLISHED) {
      throw new InvalidInputException("jury.pv.notSigned");
    }
    return JuryDocuments.ministryCsv(pv(s), new JuryFacts(em).candidates(s));
  }

  PvView pv(ExamSession s) {
    if (s.getStatus() == ExamStatus.SIGNED || s.getStatus() == ExamStatus.PUBLISHED) {
      Optional<PvRecord> record = new PvRecords(em).latest(s);
      if (record.isPresent()) {
        return fromRecord(s, record.get(), List.of(access.caller()), true);
      }
    }
    return live(s);
  }

  /**
   * A signed PV as stored: every word from its record, never from the referential or the accounts
   * of today. Only the session's status and what the caller may do are read live.
   */
  private PvView fromRecord(
      ExamSession s, PvRecord record, List<String> caller, boolean withCallerFlags) {
    PvContent c = PvRecords.fromJson(record.getContent());
    Set<Long> signers = new HashSet<>();
    c.jury().stream().filter(j -> j.signedAt() != null).forEach(j -> signers.add(j.userId()));
    boolean callerSigned =
        withCallerFlags
            && !caller.isEmpty()
            && em.createNamedQuery("User.findByUsername", User.class)
                .setParameter("username", caller.get(0))
                .getResultStream()
                .anyMatch(u -> signers.contains(u.getId()));
    return new PvView(
        c.sessionId(),
        c.title(),
        c.kind(),
        c.versionCode(),
        c.versionTitle(),
        c.blocks().stream().map(PvContent.BlockRef::code).toList(),
        c.centreName(),
        c.siteName(),
        c.day(),
        c.modality(),
        s.getStatus(),
        c.jury().stream().map(j -> new PvView.Signer(j.userId(), j.name(), j.signedAt())).toList(),
        c.candidates().stream()
            .map(
                x ->
                    new PvView.CandidateResult(
                        x.candidateId(),
                        x.name(),
                        x.modality(),
                        x.decisions().stream()
                            .map(
                                d ->
                                    new PvView.BlockOutcome(
                                        d.blockId(),
                                        d.code(),
                                        d.acquired(),
                                        d.reason(),
                                        d.amended()))
                            .toList(),
                        x.titleGranted(),
                        s.getStatus() == ExamStatus.PUBLISHED ? x.verificationCode() : null,
                        x.heldBefore()))
            .toList(),
        c.amendments().stream()
            .map(
                a ->
                    new PvView.AmendmentView(
                        a.candidateName(),
                        a.blockCode(),
                        a.oldAcquired(),
                        a.newAcquired(),
                        a.reason(),
                        a.by(),
                        a.at()))
            .toList(),
        false,
        callerSigned,
        withCallerFlags && access.canManage(s.getCentre().getId()),
        sealed(record));
  }

  private static PvView.Sealed sealed(PvRecord r) {
    return new PvView.Sealed(r.getRevision(), r.getContentHash(), r.getCode(), r.getRecordedAt());
  }

  /** Before signature: the PV as the deliberation stands, computed from the live data. */
  private PvView live(ExamSession s) {
    List<ExamCandidate> candidates = new JuryFacts(em).candidates(s);
    List<User> jurors = new JuryFacts(em).jurors(s);
    Map<Long, java.time.Instant> signed = new HashMap<>();
    signatures(s).forEach(x -> signed.put(x.getJuror().getId(), x.getSignedAt()));
    Map<String, BlockDecision> decisions = new HashMap<>();
    decisions(s)
        .forEach(d -> decisions.put(d.getCandidate().getId() + ":" + d.getBlock().getId(), d));
    List<Amendment> amendments =
        em.createNamedQuery("Amendment.findBySession", Amendment.class)
            .setParameter("session", s)
            .getResultList();
    Map<Long, Boolean> inForce = new HashMap<>();
    amendments.forEach(a -> inForce.put(a.getDecision().getId(), a.isNewAcquired()));
    Map<Long, CandidateEligibility.Facts> facts =
        new JuryFacts(em)
            .eligibility(s, candidates.stream().map(ExamCandidate::getLearner).toList(), Map.of());
    Set<Block> ccps = new HashSet<>();
    s.getCertificationVersion().getBlocks().stream()
        .filter(b -> b.getKind() == BlockKind.CCP && !b.isRetired())
        .forEach(ccps::add);
    List<PvView.CandidateResult> results = new ArrayList<>();
    for (ExamCandidate c : candidates) {
      List<PvView.BlockOutcome> outcomes = new ArrayList<>();
      Set<Block> held = new HashSet<>(facts.get(c.getLearner().getId()).held().keySet());
      for (Block b : s.getBlocksInOrder()) {
        BlockDecision d = decisions.get(c.getId() + ":" + b.getId());
        Boolean acquired = d == null ? null : inForce.getOrDefault(d.getId(), d.isAcquired());
        if (Boolean.TRUE.equals(acquired)) {
          held.add(b);
        }
        outcomes.add(
            new PvView.BlockOutcome(
                b.getId(),
                b.getCode(),
                acquired,
                d == null ? null : d.getReason(),
                d != null && inForce.containsKey(d.getId())));
      }
      results.add(
          new PvView.CandidateResult(
              c.getId(),
              c.getLearner().getDisplayName(),
              c.getModality(),
              outcomes,
              !ccps.isEmpty() && held.containsAll(ccps),
              c.getVerificationCode(),
              List.of()));
    }
    List<PvView.AmendmentView> history =
        amendments.stream()
            .map(
                a ->
                    new PvView.AmendmentView(
                        a.getDecision().getCandidate().getLearner().getDisplayName(),
                        a.getDecision().getBlock().getCode(),
                        a.isOldAcquired(),
                        a.isNewAcquired(),
                        a.getReason(),
                        a.getAmendedBy(),
                        a.getAmendedAt()))
            .toList();
    String me = access.caller();
    boolean isMember = jurors.stream().anyMatch(u -> u.getUsername().equals(me));
    boolean hasSigned =
        jurors.stream().anyMatch(u -> u.getUsername().equals(me) && signed.containsKey(u.getId()));
    return new PvView(
        s.getId(),
        s.getTitle(),
        s.getKind(),
        s.getCertificationVersion().getCode(),
        s.getCertificationVersion().getTitle(),
        s.getBlocksInOrder().stream().map(Block::getCode).toList(),
        s.getCentre().getName(),
        s.getSite().getName(),
        s.getDay(),
        s.getModality(),
        s.getStatus(),
        jurors.stream()
            .map(u -> new PvView.Signer(u.getId(), u.getDisplayName(), signed.get(u.getId())))
            .toList(),
        results,
        history,
        isMember && !hasSigned && s.getStatus() == ExamStatus.DELIBERATED,
        hasSigned,
        access.canManage(s.getCentre().getId()),
        null);
  }

  private List<BlockDecision> decisions(ExamSession s) {
    return em.createNamedQuery("BlockDecision.findBySession", BlockDecision.class)
        .setParameter("session", s)
        .getResultList();
  }

  private List<PvSignature> signatures(ExamSession s) {
    return em.createNamedQuery("PvSignature.findBySession", PvSignature.class)
        .setParameter("session", s)
        .getResultList();
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", access.caller())
        .getSingleResult();
  }

  /** A fresh verification code for a result document. */
  static String newCode() {
    StringBuilder b = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      b.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return b.toString();
  }
}
