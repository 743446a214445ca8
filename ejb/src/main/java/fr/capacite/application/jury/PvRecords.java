package fr.capacite.application.jury;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockDecision;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.Capitalisation;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.PvContent;
import fr.capacite.domain.jury.PvRecord;
import fr.capacite.domain.jury.PvSignature;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import fr.capacite.domain.referential.BlockKind;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the stored PV (R9). At the last signature the whole record is gathered from the
 * live data once ({@link #seal}); from then on every reader takes it from {@link PvRecord}, and an
 * amendment appends a revision computed from the previous one, never from the referential.
 */
final class PvRecords {

  /** Property order fixed, nulls written: the same content always gives the same text and hash. */
  private static final JsonbConfig JSON =
      new JsonbConfig()
          .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
          .withNullValues(true);

  private final EntityManager em;

  PvRecords(EntityManager em) {
    this.em = em;
  }

  static String toJson(PvContent content) {
    try (Jsonb jsonb = JsonbBuilder.create(JSON)) {
      return jsonb.toJson(content);
    } catch (Exception e) {
      throw new IllegalStateException("a PV content is always writable", e);
    }
  }

  static PvContent fromJson(String json) {
    try (Jsonb jsonb = JsonbBuilder.create(JSON)) {
      return jsonb.fromJson(json, PvContent.class);
    } catch (Exception e) {
      throw new IllegalStateException("a stored PV no longer reads", e);
    }
  }

  /** The latest revision of a session's stored PV, if it was signed. */
  Optional<PvRecord> latest(ExamSession s) {
    return em.createNamedQuery("PvRecord.latest", PvRecord.class)
        .setParameter("session", s)
        .getResultStream()
        .findFirst();
  }

  List<PvRecord> revisions(ExamSession s) {
    return em.createNamedQuery("PvRecord.bySession", PvRecord.class)
        .setParameter("session", s)
        .getResultList();
  }

  /**
   * Stores revision 1 from the live data, at the moment the PV is signed by its whole jury: the
   * decisions, the grounds of the title, the referential and the names as they stand now. Each
   * candidate's verification code is drawn here, so that the record is complete.
   */
  PvRecord seal(ExamSession s, String by, Instant at) {
    JuryFacts facts = new JuryFacts(em);
    List<ExamCandidate> candidates = facts.candidates(s);
    Map<Long, Instant> signedAt = new HashMap<>();
    em.createNamedQuery("PvSignature.findBySession", PvSignature.class)
        .setParameter("session", s)
        .getResultList()
        .forEach(x -> signedAt.put(x.getJuror().getId(), x.getSignedAt()));
    Map<String, BlockDecision> decisions = new HashMap<>();
    em.createNamedQuery("BlockDecision.findBySession", BlockDecision.class)
        .setParameter("session", s)
        .getResultList()
        .forEach(d -> decisions.put(d.getCandidate().getId() + ":" + d.getBlock().getId(), d));
    var version = s.getCertificationVersion();
    List<PvContent.BlockRef> titleBlocks =
        version.getBlocks().stream()
            .filter(b -> b.getKind() == BlockKind.CCP && !b.isRetired())
            .sorted(Comparator.comparing(Block::getCode))
            .map(PvRecords::ref)
            .toList();
    Map<Long, List<PvContent.Ground>> grounds = groundsBefore(s, candidates);
    List<PvContent.Candidate> out = new ArrayList<>();
    for (ExamCandidate c : candidates) {
      List<PvContent.Decision> decided = new ArrayList<>();
      for (Block b : s.getBlocksInOrder()) {
        BlockDecision d = decisions.get(c.getId() + ":" + b.getId());
        decided.add(
            new PvContent.Decision(
                b.getId(),
                b.getCode(),
                d == null ? null : d.isAcquired(),
                d == null ? null : d.getReason(),
                false));
      }
      out.add(
          PvContent.Candidate.decided(
              c.getId(),
              c.getLearner().getId(),
              c.getLearner().getDisplayName(),
              c.getModality(),
              decided,
              grounds.getOrDefault(c.getLearner().getId(), List.of()),
              titleBlocks,
              c.getVerificationCode() != null ? c.getVerificationCode() : PvService.newCode()));
    }
    List<PvContent.Juror> jury =
        facts.jurors(s).stream()
            .map(u -> new PvContent.Juror(u.getId(), u.getDisplayName(), signedAt.get(u.getId())))
            .toList();
    PvContent content =
        new PvContent(
            PvContent.FORMAT,
            s.getId(),
            s.getTitle(),
            s.getKind(),
            s.getModality(),
            s.getDay(),
            s.getCentre().getName(),
            s.getSite().getName(),
            version.getCode(),
            version.getTitle(),
            version.getRncpCode(),
            s.getBlocksInOrder().stream().map(PvRecords::ref).toList(),
            titleBlocks,
            jury,
            List.copyOf(out),
            List.of());
    PvRecord record = new PvRecord(s, 1, PvService.newCode(), toJson(content), at, by, null);
    em.persist(record);
    return record;
  }

  /** Appends the revision an amendment makes; the earlier ones stay as they were. */
  PvRecord amend(
      PvRecord previous,
      long candidateId,
      long blockId,
      boolean acquired,
      String reason,
      String by,
      Instant at) {
    PvContent next =
        fromJson(previous.getContent()).amended(candidateId, blockId, acquired, reason, by, at);
    PvRecord record =
        new PvRecord(
            previous.getSession(),
            previous.getRevision() + 1,
            previous.getCode(),
            toJson(next),
            at,
            by,
            reason);
    em.persist(record);
    return record;
  }

  /**
   * The blocks of the session's version each candidate held before the session (R7): results of
   * other sessions, in this version or carried by a total equivalence, still counting on the day.
   */
  private Map<Long, List<PvContent.Ground>> groundsBefore(
      ExamSession s, List<ExamCandidate> candidates) {
    Map<Long, List<PvContent.Ground>> out = new HashMap<>();
    List<User> learners = candidates.stream().map(ExamCandidate::getLearner).toList();
    if (learners.isEmpty()) {
      return out;
    }
    Map<Long, List<BlockResult>> history = new HashMap<>();
    em
        .createNamedQuery("BlockResult.findByLearners", BlockResult.class)
        .setParameter("learners", learners)
        .getResultList()
        .stream()
        .filter(r -> r.getSession() == null || !r.getSession().equals(s))
        .forEach(
            r -> history.computeIfAbsent(r.getLearner().getId(), k -> new ArrayList<>()).add(r));
    List<BlockEquivalence> equivalences =
        em.createNamedQuery("BlockEquivalence.findAll", BlockEquivalence.class).getResultList();
    Map<Long, Capitalisation.ExtraYear> extra = new JuryFacts(em).extraYears(s, learners);
    for (User learner : learners) {
      out.put(
          learner.getId(),
          Capitalisation.held(
                  history.getOrDefault(learner.getId(), List.of()),
                  equivalences,
                  s.getCertificationVersion(),
                  s.getDay(),
                  extra.get(learner.getId()))
              .values()
              .stream()
              .map(
                  h ->
                      new PvContent.Ground(
                          h.block().getCode(),
                          h.byEquivalence() ? h.from().getCertificationVersion().getCode() : null,
                          h.byEquivalence() ? h.from().getCode() : null,
                          h.acquiredOn()))
              .sorted(Comparator.comparing(PvContent.Ground::blockCode))
              .toList());
    }
    return out;
  }

  private static PvContent.BlockRef ref(Block b) {
    return new PvContent.BlockRef(b.getId(), b.getCode(), b.getTitle());
  }
}
