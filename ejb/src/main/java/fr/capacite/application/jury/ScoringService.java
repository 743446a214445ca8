package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AccessRefusedException;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockDecision;
import fr.capacite.domain.jury.BlockProposal;
import fr.capacite.domain.jury.ConflictScreening;
import fr.capacite.domain.jury.Discrepancy;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import fr.capacite.domain.jury.JuryMember;
import fr.capacite.domain.jury.ScoreSheet;
import fr.capacite.domain.jury.SheetScore;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.Criterion;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Blind double scoring and deliberation. A juror scores only candidates of a session they sit on,
 * are fit for (R1, R2) and not excluded from (R3); they see the other sheets only after submitting
 * theirs. At deliberation the jury decides each block (R5), a refusal with its reason; blocks where
 * the jurors disagree are flagged for discussion.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class ScoringService {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;
  @EJB private JuryAccess jury;

  /** The caller's sheet for a candidate (created empty on first opening). */
  @RolesAllowed(Role.Names.JUROR)
  public SheetView getSheet(long candidateId) {
    Scoring at = scoreable(candidateId);
    ExamCandidate c = at.candidate();
    ScoreSheet sheet = sheetOf(c, at.juror());
    return view(c, sheet);
  }

  /** Saves scores and proposals; refused once submitted or when another save came first. */
  @RolesAllowed(Role.Names.JUROR)
  public SheetView saveSheet(
      long candidateId,
      long expectedVersion,
      Map<String, Integer> scores,
      Map<Long, Boolean> proposals,
      Map<Long, String> comments) {
    Scoring at = scoreable(candidateId);
    ExamCandidate c = at.candidate();
    ScoreSheet sheet = sheetOf(c, at.juror());
    fill(c, sheet, expectedVersion, scores, proposals, comments);
    em.flush();
    return view(c, sheet);
  }

  /** Saves, then submits: every item scored and every block proposed, or refused. */
  @RolesAllowed(Role.Names.JUROR)
  public SheetView submitSheet(
      long candidateId,
      long expectedVersion,
      Map<String, Integer> scores,
      Map<Long, Boolean> proposals,
      Map<Long, String> comments) {
    Scoring at = scoreable(candidateId);
    ExamCandidate c = at.candidate();
    ScoreSheet sheet = sheetOf(c, at.juror());
    fill(c, sheet, expectedVersion, scores, proposals, comments);
    List<Block> blocks = c.getSession().getBlocksInOrder();
    List<String> keys = new ArrayList<>();
    blocks.forEach(b -> grid(b).forEach(i -> keys.add(i.key())));
    try {
      sheet.submit(keys, blocks, Instant.now());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("jury.sheet.incomplete");
    }
    em.flush();
    return view(c, sheet);
  }

  /** The deliberation table: for the session's jurors and its centre's managers. */
  public DeliberationView deliberation(long sessionId) {
    ExamSession s = em.find(ExamSession.class, sessionId);
    if (s == null) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    boolean member = jury.judges(s);
    boolean manages = access.canManage(s.getCentre().getId());
    if (!member && !manages) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    // R3: a juror sees only the candidates they may assess; the centre's managers see them all.
    return table(s, member, member && !manages ? me().getId() : null);
  }

  /** The jury decides one block for one candidate (R5); allowed once every expected sheet is in. */
  @RolesAllowed(Role.Names.JUROR)
  public void decide(long candidateId, long blockId, boolean acquired, String reason) {
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null || !jury.judges(c.getSession())) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    ExamSession s = c.getSession();
    if (!mayAssess(s, c, me())) {
      // R3: a juror who may not assess the candidate takes no part in deciding for them.
      throw new AccessRefusedException("jury.sheet.excluded");
    }
    if (s.getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.deliberation.notOpen");
    }
    Block block = em.find(Block.class, blockId);
    if (block == null || !s.getBlocks().contains(block)) {
      throw new InvalidInputException("jury.sheet.blockNotAssessed");
    }
    DeliberationView.Row row =
        table(s, true, null).rows().stream()
            .filter(r -> r.candidateId() == candidateId && r.blockId() == blockId)
            .findFirst()
            .orElseThrow();
    if (!row.readyToDecide()) {
      throw new InvalidInputException(
          "jury.deliberation.waitingSheets", row.submittedSheets(), row.expectedSheets());
    }
    if (!acquired && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("jury.deliberation.reasonRequired");
    }
    if (reason != null && reason.length() > BlockDecision.REASON_MAX) {
      throw new InvalidInputException("jury.deliberation.reasonTooLong", BlockDecision.REASON_MAX);
    }
    BlockDecision d =
        em.createQuery(
                "SELECT d FROM BlockDecision d WHERE d.candidate = :c AND d.block = :b",
                BlockDecision.class)
            .setParameter("c", c)
            .setParameter("b", block)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  BlockDecision n = new BlockDecision(c, block);
                  em.persist(n);
                  return n;
                });
    d.decide(acquired, reason, access.caller(), Instant.now());
    em.flush();
    audit.record(
        AuditKind.JURY_DECISION,
        access.caller(),
        "exam-candidate:" + c.getId(),
        block.getCode()
            + (acquired ? " acquired" : " not acquired")
            + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
  }

  /** Closes deliberation once every candidate-block has its decision. */
  public void closeDeliberation(long sessionId) {
    ExamSession s = em.find(ExamSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    boolean member = jury.judges(s);
    if (!member && !access.canManage(s.getCentre().getId())) {
      throw new ObjectNotFoundException("exam-session", sessionId);
    }
    if (s.getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.deliberation.notOpen");
    }
    if (!table(s, member, null).complete()) {
      throw new InvalidInputException("jury.deliberation.incomplete");
    }
    s.advanceTo(ExamStatus.DELIBERATED);
    audit.record(
        AuditKind.EXAM_SESSION_CHANGED,
        access.caller(),
        "exam-session:" + s.getId(),
        "deliberated");
  }

  /** The table; without the candidates the juror {@code onlyFor} may not assess, if given (R3). */
  private DeliberationView table(ExamSession s, boolean member, Long onlyFor) {
    List<ExamCandidate> candidates = new JuryFacts(em).candidates(s);
    Map<Long, Set<Long>> assessors = assessors(s, candidates);
    Map<Long, List<ScoreSheet>> sheets = new HashMap<>();
    em.createNamedQuery("ScoreSheet.findBySession", ScoreSheet.class)
        .setParameter("session", s)
        .getResultList()
        .forEach(
            x -> sheets.computeIfAbsent(x.getCandidate().getId(), k -> new ArrayList<>()).add(x));
    Map<Long, Map<String, Integer>> scores = new HashMap<>();
    for (SheetScore sc :
        em.createQuery(
                "SELECT sc FROM SheetScore sc JOIN FETCH sc.sheet sh WHERE sh.session = :s",
                SheetScore.class)
            .setParameter("s", s)
            .getResultList()) {
      scores.computeIfAbsent(sheetId(sc), k -> new HashMap<>()).put(sc.getItemKey(), sc.getScore());
    }
    Map<String, BlockDecision> decisions = new HashMap<>();
    em.createNamedQuery("BlockDecision.findBySession", BlockDecision.class)
        .setParameter("session", s)
        .getResultList()
        .forEach(d -> decisions.put(d.getCandidate().getId() + ":" + d.getBlock().getId(), d));
    List<DeliberationView.Row> rows = new ArrayList<>();
    boolean complete = !candidates.isEmpty();
    for (ExamCandidate c : candidates) {
      Set<Long> expected = assessors.getOrDefault(c.getId(), Set.of());
      boolean shown = onlyFor == null || expected.contains(onlyFor);
      List<ScoreSheet> submitted =
          sheets.getOrDefault(c.getId(), List.of()).stream()
              .filter(ScoreSheet::isSubmitted)
              .filter(x -> expected.contains(x.getJuror().getId()))
              .toList();
      for (Block b : s.getBlocksInOrder()) {
        Set<String> keys = grid(b).stream().map(SheetView.Item::key).collect(Collectors.toSet());
        List<Discrepancy.Marks> marks = new ArrayList<>();
        List<String> proposals = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (ScoreSheet x : submitted) {
          Map<String, Integer> mine = new HashMap<>(scores.getOrDefault(x.getId(), Map.of()));
          mine.keySet().retainAll(keys);
          BlockProposal p = x.proposal(b).orElse(null);
          marks.add(new Discrepancy.Marks(mine, p == null ? null : p.isAcquired()));
          proposals.add(
              x.getJuror().getDisplayName()
                  + " : "
                  + (p == null ? "?" : p.isAcquired() ? "+" : "−")
                  + (p == null || p.getComment() == null ? "" : " « " + p.getComment() + " »"));
          for (int v : mine.values()) {
            sum += v;
            n++;
          }
        }
        BlockDecision d = decisions.get(c.getId() + ":" + b.getId());
        if (d == null) {
          complete = false;
        }
        if (!shown) {
          continue;
        }
        rows.add(
            new DeliberationView.Row(
                c.getId(),
                c.getLearner().getDisplayName(),
                c.getModality(),
                b.getId(),
                b.getCode(),
                expected.size(),
                submitted.size(),
                proposals,
                Discrepancy.of(marks, s.getDiscrepancyThreshold()),
                n == 0 ? null : Math.round(sum / n * 100) / 100.0,
                d == null ? null : d.isAcquired(),
                d == null ? null : d.getReason()));
      }
    }
    return new DeliberationView(
        s.getId(),
        s.getTitle(),
        s.getStatus(),
        member && s.getStatus() == ExamStatus.OPEN,
        complete,
        rows);
  }

  private static Long sheetId(SheetScore sc) {
    return sc.getSheetId();
  }

  /** For each candidate, the jurors expected to score them: fit on the day and not excluded. */
  private Map<Long, Set<Long>> assessors(ExamSession s, List<ExamCandidate> candidates) {
    return assessors(s, candidates, new JuryFacts(em).jurors(s));
  }

  /**
   * Whether a juror already known to sit on the session may assess the candidate (R1–R3): the same
   * rules as for the whole jury, with the facts of this juror alone (a save asks on every call).
   */
  private boolean mayAssess(ExamSession s, ExamCandidate c, User juror) {
    return assessors(s, List.of(c), List.of(juror))
        .getOrDefault(c.getId(), Set.of())
        .contains(juror.getId());
  }

  private Map<Long, Set<Long>> assessors(
      ExamSession s, List<ExamCandidate> candidates, List<User> jurors) {
    JuryFacts facts = new JuryFacts(em);
    List<User> learners = candidates.stream().map(ExamCandidate::getLearner).toList();
    Map<Long, List<Finding>> problems = facts.problems(jurors, s.getDay());
    Map<Long, ConflictScreening.Juror> jf = facts.jurors(jurors, learners);
    Map<Long, String> employers = new HashMap<>();
    candidates.forEach(c -> employers.put(c.getLearner().getId(), c.getEmployer()));
    Map<Long, ConflictScreening.Candidate> cf = facts.candidates(learners, employers);
    Map<Long, Set<Long>> out = new HashMap<>();
    for (ExamCandidate c : candidates) {
      Set<Long> ok = new java.util.HashSet<>();
      for (User j : jurors) {
        if (problems.get(j.getId()).isEmpty()
            && ConflictScreening.exclusions(jf.get(j.getId()), cf.get(c.getLearner().getId()))
                .isEmpty()) {
          ok.add(j.getId());
        }
      }
      out.put(c.getId(), ok);
    }
    return out;
  }

  private void fill(
      ExamCandidate c,
      ScoreSheet sheet,
      long expectedVersion,
      Map<String, Integer> scores,
      Map<Long, Boolean> proposals,
      Map<Long, String> comments) {
    if (sheet.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (sheet.isSubmitted()) {
      throw new InvalidInputException("jury.sheet.submitted");
    }
    // Scores live in child rows: bump the sheet's version so that a concurrent save is detected.
    em.lock(sheet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Map<String, Block> items = new HashMap<>();
    Map<Long, Block> blocks = new HashMap<>();
    for (Block b : c.getSession().getBlocksInOrder()) {
      blocks.put(b.getId(), b);
      grid(b).forEach(i -> items.put(i.key(), b));
    }
    for (Map.Entry<String, Integer> e :
        (scores == null ? Map.<String, Integer>of() : scores).entrySet()) {
      Block b = items.get(e.getKey());
      if (b == null) {
        throw new InvalidInputException("jury.sheet.blockNotAssessed");
      }
      if (e.getValue() == null) {
        continue;
      }
      if (e.getValue() < ScoreSheet.MIN || e.getValue() > ScoreSheet.MAX) {
        throw new InvalidInputException(
            "jury.sheet.scoreOutOfRange", ScoreSheet.MIN, ScoreSheet.MAX);
      }
      sheet.score(b, e.getKey(), e.getValue());
    }
    for (Map.Entry<Long, Boolean> e :
        (proposals == null ? Map.<Long, Boolean>of() : proposals).entrySet()) {
      Block b = blocks.get(e.getKey());
      if (b == null) {
        throw new InvalidInputException("jury.sheet.blockNotAssessed");
      }
      if (e.getValue() == null) {
        continue;
      }
      String comment = comments == null ? null : comments.get(e.getKey());
      if (comment != null && comment.length() > ScoreSheet.COMMENT_MAX) {
        throw new InvalidInputException("jury.sheet.commentTooLong", ScoreSheet.COMMENT_MAX);
      }
      sheet.propose(b, e.getValue(), comment);
    }
  }

  private SheetView view(ExamCandidate c, ScoreSheet sheet) {
    Map<String, Integer> mine = sheet.scoreMap();
    List<SheetView.BlockGrid> grids = new ArrayList<>();
    for (Block b : c.getSession().getBlocksInOrder()) {
      List<SheetView.Item> items =
          grid(b).stream()
              .map(
                  i ->
                      new SheetView.Item(i.key(), i.competence(), i.criterion(), mine.get(i.key())))
              .toList();
      BlockProposal p = sheet.proposal(b).orElse(null);
      grids.add(
          new SheetView.BlockGrid(
              b.getId(),
              b.getCode(),
              b.getTitle(),
              items,
              p == null ? null : p.isAcquired(),
              p == null ? null : p.getComment()));
    }
    List<SheetView.OtherSheet> others = new ArrayList<>();
    if (sheet.isSubmitted()) {
      Map<Long, ScoreSheet> sheets = new HashMap<>();
      em.createQuery(
              "SELECT s FROM ScoreSheet s JOIN FETCH s.juror WHERE s.candidate = :c AND s <> :me",
              ScoreSheet.class)
          .setParameter("c", c)
          .setParameter("me", sheet)
          .getResultList()
          .forEach(o -> sheets.put(o.getJuror().getId(), o));
      // Every other juror expected on this candidate, whether or not they have started.
      Set<Long> expected = assessors(c.getSession(), List.of(c)).getOrDefault(c.getId(), Set.of());
      for (JuryMember m :
          em.createNamedQuery("JuryMember.findBySession", JuryMember.class)
              .setParameter("session", c.getSession())
              .getResultList()) {
        User j = m.getJuror();
        if (j.equals(sheet.getJuror()) || !expected.contains(j.getId())) {
          continue;
        }
        ScoreSheet o = sheets.get(j.getId());
        boolean done = o != null && o.isSubmitted();
        Map<Long, Boolean> props = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        if (done) {
          o.getProposals()
              .forEach(
                  p -> {
                    props.put(p.getBlock().getId(), p.isAcquired());
                    if (p.getComment() != null) {
                      comments.put(p.getBlock().getId(), p.getComment());
                    }
                  });
        }
        others.add(
            new SheetView.OtherSheet(
                j.getDisplayName(), done, done ? o.scoreMap() : Map.of(), props, comments));
      }
    }
    return new SheetView(
        c.getId(),
        c.getLearner().getDisplayName(),
        c.getSession().getId(),
        c.getSession().getTitle(),
        sheet.getVersion(),
        sheet.isSubmitted(),
        grids,
        others);
  }

  /** The items of a block's grid: each criterion, or the competence itself without criteria. */
  static List<SheetView.Item> grid(Block b) {
    List<SheetView.Item> items = new ArrayList<>();
    for (Competence comp : b.getCompetences()) {
      List<Criterion> criteria = comp.getCriteria();
      if (criteria.isEmpty()) {
        items.add(new SheetView.Item("c:" + comp.getId(), comp.getTitle(), null, null));
      } else {
        for (Criterion k : criteria) {
          items.add(
              new SheetView.Item("k:" + k.getId(), comp.getTitle(), k.getDescription(), null));
        }
      }
    }
    if (items.isEmpty()) {
      // A block whose competences are not known yet is scored as a whole.
      items.add(new SheetView.Item("b:" + b.getId(), b.getCode(), null, null));
    }
    return items;
  }

  /** A candidate and the juror (the caller) who may score them now. */
  private record Scoring(ExamCandidate candidate, User juror) {}

  /** A candidate the caller may score now: open session, on its jury, fit, not excluded. */
  private Scoring scoreable(long candidateId) {
    // The candidate with their session and learner in one query: every rule below reads them.
    ExamCandidate c =
        em.createQuery(
                "SELECT c FROM ExamCandidate c JOIN FETCH c.session JOIN FETCH c.learner"
                    + " WHERE c.id = :id",
                ExamCandidate.class)
            .setParameter("id", candidateId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    User juror = c == null ? null : jury.findSeat(c.getSession()).orElse(null);
    if (juror == null) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    // Exclusion first: an excluded juror is told so whatever the session's state (R3).
    if (!mayAssess(c.getSession(), c, juror)) {
      throw new AccessRefusedException("jury.sheet.excluded");
    }
    if (c.getSession().getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.sheet.notOpen");
    }
    return new Scoring(c, juror);
  }

  private ScoreSheet sheetOf(ExamCandidate c, User juror) {
    return em.createNamedQuery("ScoreSheet.findByCandidateAndJuror", ScoreSheet.class)
        .setParameter("candidate", c)
        .setParameter("juror", juror)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              ScoreSheet s = new ScoreSheet(c, juror);
              em.persist(s);
              em.flush();
              return s;
            });
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", access.caller())
        .getSingleResult();
  }
}
