package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposed content for a resource, by someone who does not maintain it, based on one revision. Its
 * maintainers (or a curator) accept or reject each changed block; accepting makes a revision
 * credited to the proposer. A proposal on a revision that has since changed is never merged
 * silently.
 */
@Entity
@Table(name = "edit_proposal")
@NamedQuery(
    name = "EditProposal.openByResource",
    query =
        "SELECT p FROM EditProposal p JOIN FETCH p.proposer WHERE p.resource = :resource"
            + " AND p.status = fr.capacite.domain.library.ProposalStatus.OPEN ORDER BY p.createdAt")
public class EditProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @Column(name = "base_revision", nullable = false)
  private int baseRevision;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "proposer_id", nullable = false)
  private User proposer;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 500)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ProposalStatus status = ProposalStatus.OPEN;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by_id")
  private User decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "resulting_revision")
  private Integer resultingRevision;

  @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<ProposalBlock> blocks = new ArrayList<>();

  @Version private long version;

  protected EditProposal() {}

  public EditProposal(
      LearningResource resource,
      int baseRevision,
      User proposer,
      String summary,
      List<BlockContent> content,
      Instant at) {
    for (BlockContent c : content) {
      c.problem()
          .ifPresent(
              p -> {
                throw new IllegalArgumentException(p);
              });
    }
    this.resource = resource;
    this.baseRevision = baseRevision;
    this.proposer = proposer;
    this.summary = summary == null ? "" : summary.strip();
    this.createdAt = at;
    int i = 1;
    for (BlockContent c : content) {
      blocks.add(new ProposalBlock(this, i++, c));
    }
  }

  /** Records the decision: all changes, some of them, or none. */
  public void decide(int accepted, int changes, User by, Instant at, Integer revision) {
    if (status != ProposalStatus.OPEN) {
      throw new IllegalStateException("library.proposal.decided");
    }
    status =
        accepted == 0
            ? ProposalStatus.REJECTED
            : accepted == changes ? ProposalStatus.ACCEPTED : ProposalStatus.PARTIAL;
    decidedBy = by;
    decidedAt = at;
    resultingRevision = revision;
  }

  public List<BlockContent> content() {
    return blocks.stream().map(ProposalBlock::content).toList();
  }

  public Long getId() {
    return id;
  }

  public LearningResource getResource() {
    return resource;
  }

  public int getBaseRevision() {
    return baseRevision;
  }

  public User getProposer() {
    return proposer;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSummary() {
    return summary;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public Integer getResultingRevision() {
    return resultingRevision;
  }

  public long getVersion() {
    return version;
  }
}
