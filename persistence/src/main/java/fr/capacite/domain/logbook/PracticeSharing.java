package fr.capacite.domain.logbook;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A mediator shares their logbook's figures with a structure (a {@link TrainingOrganisation} that
 * employs or hosts them): the structure's manager invites, the mediator consents or declines, and
 * either side ends it. The structure then sees the figures of the mediators who share, in aggregate
 * only, for the entries dated from the day the mediator consented; never an entry. One row per
 * structure and mediator, whose state moves: a new invitation after an end or a refusal reuses it.
 */
@Entity
@Table(name = "practice_sharing")
public class PracticeSharing {

  /** Where the sharing stands. */
  public enum Status {
    /** The structure asked; the mediator has not answered. */
    INVITED,
    /** The mediator consented: their entries count from {@code sinceDay}. */
    ACTIVE,
    DECLINED,
    ENDED;

    /** Invited or sharing: a new invitation would be a duplicate. */
    public boolean open() {
      return this == INVITED || this == ACTIVE;
    }
  }

  /** Who ended a sharing. */
  public enum Side {
    MEDIATOR,
    STRUCTURE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private TrainingOrganisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "mediator_id", nullable = false)
  private User mediator;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "invited_by_id")
  private User invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "since_day")
  private LocalDate sinceDay;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "ended_by", length = 12)
  private Side endedBy;

  @Version private long version;

  protected PracticeSharing() {}

  /** A structure's manager invites a mediator. */
  public PracticeSharing(TrainingOrganisation organisation, User mediator, User by, Instant now) {
    this.organisation = organisation;
    this.mediator = mediator;
    invite(by, now);
  }

  /** Invites again after a refusal or an end; an open invitation or sharing is refused. */
  public final void invite(User by, Instant now) {
    if (status != null && status.open()) {
      throw new IllegalStateException(
          status == Status.ACTIVE ? "logbook.sharing.already" : "logbook.sharing.pending");
    }
    status = Status.INVITED;
    invitedBy = by;
    invitedAt = now;
    answeredAt = null;
    sinceDay = null;
    endedAt = null;
    endedBy = null;
  }

  /**
   * The mediator answers the invitation: consenting starts the sharing on {@code today} (entries
   * dated before do not count: the structure sees what was done while it was shared).
   */
  public void answer(boolean consent, LocalDate today, Instant now) {
    if (status != Status.INVITED) {
      throw new IllegalStateException("logbook.sharing.answered");
    }
    status = consent ? Status.ACTIVE : Status.DECLINED;
    answeredAt = now;
    sinceDay = consent ? today : null;
  }

  /**
   * Ends an invitation or a sharing: the mediator withdraws their consent (or refuses after all),
   * or the structure ends it (the mediator left, the invitation was a mistake). From then on the
   * mediator's entries no longer count in the structure's figures, those of the past included.
   */
  public void end(Side by, Instant now) {
    if (!status.open()) {
      throw new IllegalStateException("logbook.sharing.ended");
    }
    status = Status.ENDED;
    endedBy = by;
    endedAt = now;
  }

  public Long getId() {
    return id;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public User getMediator() {
    return mediator;
  }

  public Status getStatus() {
    return status;
  }

  public User getInvitedBy() {
    return invitedBy;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public LocalDate getSinceDay() {
    return sinceDay;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Side getEndedBy() {
    return endedBy;
  }

  public long getVersion() {
    return version;
  }
}
