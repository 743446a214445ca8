package fr.capacite.domain.library;

import fr.capacite.domain.identity.User;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A maintainer invites someone to co-maintain a resource; they accept or decline. */
@Entity
@Table(name = "maintainer_invitation")
@NamedQuery(
    name = "MaintainerInvitation.pending",
    query =
        "SELECT i FROM MaintainerInvitation i WHERE i.resource = :resource AND i.invitee = :user"
            + " AND i.status = fr.capacite.domain.library.InvitationStatus.PENDING")
public class MaintainerInvitation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resource_id", nullable = false)
  private LearningResource resource;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invitee_id", nullable = false)
  private User invitee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invited_by_id", nullable = false)
  private User invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private InvitationStatus status = InvitationStatus.PENDING;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected MaintainerInvitation() {}

  public MaintainerInvitation(LearningResource resource, User invitee, User invitedBy, Instant at) {
    this.resource = resource;
    this.invitee = invitee;
    this.invitedBy = invitedBy;
    this.createdAt = at;
  }

  /** The invitee answers once; accepting makes them a co-maintainer. */
  public void answer(boolean accept, Instant at) {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException("library.invitation.answered");
    }
    status = accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
    decidedAt = at;
    if (accept) {
      resource.addMaintainer(invitee, at);
    }
  }

  public Long getId() {
    return id;
  }

  public LearningResource getResource() {
    return resource;
  }

  public User getInvitee() {
    return invitee;
  }

  public User getInvitedBy() {
    return invitedBy;
  }

  public InvitationStatus getStatus() {
    return status;
  }
}
