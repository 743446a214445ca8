package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.referential.Block;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One juror's scores for one candidate: a score per grid item and a proposed decision per block,
 * editable until submitted, then frozen. Other jurors' sheets stay hidden from a juror until they
 * submit theirs (blind scoring, enforced by the service).
 */
@Entity
@Table(name = "score_sheet")
@NamedQuery(
    name = "ScoreSheet.findByCandidateAndJuror",
    query = "SELECT s FROM ScoreSheet s WHERE s.candidate = :candidate AND s.juror = :juror")
@NamedQuery(
    name = "ScoreSheet.findBySession",
    query =
        "SELECT DISTINCT s FROM ScoreSheet s JOIN FETCH s.juror LEFT JOIN FETCH s.proposals WHERE s.session ="
            + " :session")
public class ScoreSheet {

  /** The scale of every grid item: 1 insufficient, 2 fragile, 3 satisfactory, 4 very good. */
  public static final int MIN = 1;

  public static final int MAX = 4;
  public static final int COMMENT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private ExamSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "candidate_id", nullable = false)
  private ExamCandidate candidate;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "juror_id", nullable = false)
  private User juror;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<SheetScore> scores = new ArrayList<>();

  @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<BlockProposal> proposals = new ArrayList<>();

  @Version private long version;

  protected ScoreSheet() {}

  public ScoreSheet(ExamCandidate candidate, User juror) {
    this.session = candidate.getSession();
    this.candidate = candidate;
    this.juror = juror;
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  /** Sets one item's score (1–4); frozen once submitted. */
  public void score(Block block, String itemKey, int value) {
    requireOpen();
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("score out of range");
    }
    Optional<SheetScore> s =
        scores.stream().filter(x -> x.getItemKey().equals(itemKey)).findFirst();
    if (s.isPresent()) {
      s.get().set(value);
    } else {
      scores.add(new SheetScore(this, block, itemKey, value));
    }
  }

  /** Proposes a decision for a block, with a comment. */
  public void propose(Block block, boolean acquired, String comment) {
    requireOpen();
    if (comment != null && comment.length() > COMMENT_MAX) {
      throw new IllegalArgumentException("comment too long");
    }
    Optional<BlockProposal> p =
        proposals.stream().filter(x -> x.getBlock().equals(block)).findFirst();
    if (p.isPresent()) {
      p.get().set(acquired, comment);
    } else {
      proposals.add(new BlockProposal(this, block, acquired, comment));
    }
  }

  /** Submits the sheet: every item scored and every block proposed, or it is refused. */
  public void submit(List<String> itemKeys, List<Block> blocks, Instant at) {
    requireOpen();
    Map<String, Integer> s = scoreMap();
    if (!s.keySet().containsAll(itemKeys)) {
      throw new IllegalStateException("incomplete");
    }
    if (blocks.stream().anyMatch(b -> proposal(b).isEmpty())) {
      throw new IllegalStateException("incomplete");
    }
    this.submittedAt = at;
  }

  private void requireOpen() {
    if (isSubmitted()) {
      throw new IllegalStateException("submitted");
    }
  }

  public Map<String, Integer> scoreMap() {
    Map<String, Integer> m = new HashMap<>();
    scores.forEach(x -> m.put(x.getItemKey(), x.getScore()));
    return m;
  }

  public Optional<BlockProposal> proposal(Block block) {
    return proposals.stream().filter(x -> x.getBlock().equals(block)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public ExamCandidate getCandidate() {
    return candidate;
  }

  public User getJuror() {
    return juror;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public List<BlockProposal> getProposals() {
    return List.copyOf(proposals);
  }

  public long getVersion() {
    return version;
  }
}
