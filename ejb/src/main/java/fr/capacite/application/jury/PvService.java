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
    em.persist(new PvSignature(s, me, Instant.now()));
    em.flush();
    if (signatures(s).size() >= new JuryFacts(em).jurors(s).size()) {
      s.advanceTo(ExamStatus.SIGNED);
      audit.record(
          AuditKind.EXAM_SESSION_CHANGED,
          me.getUsername(),
          "exam-session:" + s.getId(),
          "PV signed");
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
    boolean inForce = inForce(s).getOrDefault(d.getId(), d.isAcquired());
    if (inForce == acquired) {
      throw new InvalidInputException("jury.pv.amendNoChange");
    }
    em.persist(new Amendment(d, inForce, acquired, reason, access.caller(), Instant.now()));
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
    }
    audit.record(
        AuditKind.EXAM_SESSION_CHANGED,
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
    Map<Long, Boolean> amended = inForce(s);
    Map<Long, List<BlockDecision>> byCandidate = new HashMap<>();
    decisions(s)
        .forEach(
            d ->
                byCandidate
                    .computeIfAbsent(d.getCandidate().getId(), k -> new ArrayList<>())
                    .add(d));
    for (ExamCandidate c : new JuryFacts(em).candidates(s)) {
      for (BlockDecision d : byCandidate.getOrDefault(c.getId(), List.of())) {
        em.persist(
            new BlockResult(
                c.getLearner(),
                d.getBlock(),
                s,
                amended.getOrDefault(d.getId(), d.isAcquired()),
                s.getDay()));
      }
      c.publish(newCode());
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
                            : null))
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
    }
    PvView pv = pv(s);
    return new PvView(
        pv.sessionId(),
        pv.title(),
        pv.kind(),
        pv.versionCode(),
        pv.versionTitle(),
        pv.blockCodes(),
        pv.centreName(),
        pv.siteName(),
        pv.day(),
        pv.modality(),
        pv.status(),
        pv.jury(),
        pv.candidates().stream().filter(r -> r.candidateId() == candidateId).toList(),
        List.of(),
        false,
        false,
        false);
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
    return new Verification(
        s.getCertificationVersion().getCode(),
        s.getCertificationVersion().getTitle(),
        s.getCentre().getName(),
        s.getDay(),
        r.blocks(),
        r.titleGranted());
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
              c.getVerificationCode()));
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
        access.canManage(s.getCentre().getId()));
  }

  private Map<Long, Boolean> inForce(ExamSession s) {
    Map<Long, Boolean> m = new HashMap<>();
    em.createNamedQuery("Amendment.findBySession", Amendment.class)
        .setParameter("session", s)
        .getResultList()
        .forEach(a -> m.put(a.getDecision().getId(), a.isNewAcquired()));
    return m;
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
