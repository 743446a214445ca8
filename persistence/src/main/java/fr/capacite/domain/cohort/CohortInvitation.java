package fr.capacite.domain.cohort;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to a cohort sent to an e-mail address (one by one, or from a file): the person
 * accepts it (and is enrolled, their answer being their consent) or declines it from the link; the
 * organisation may take it back while it waits. It expires after {@link #LIFETIME} and never
 * outlives the cohort. Only the SHA-256 digest of the link's secret is kept. Each rule breaks with
 * an IllegalStateException naming it.
 */
@Entity
@Table(name = "cohort_invitation")
@NamedQuery(
    name = "CohortInvitation.byDigest",
    query =
        "SELECT i FROM CohortInvitation i JOIN FETCH i.cohort c JOIN FETCH c.organisation WHERE"
            + " i.digest = :digest")
@NamedQuery(
    name = "CohortInvitation.ofCohort",
    query =
        "SELECT i FROM CohortInvitation i LEFT JOIN FETCH i.learner WHERE i.cohort = :cohort ORDER"
            + " BY i.createdAt DESC, i.id DESC")
@NamedQuery(
    name = "CohortInvitation.pendingAmong",
    query =
        "SELECT i.email FROM CohortInvitation i WHERE i.cohort = :cohort AND i.email IN :emails AND"
            + " i.status = fr.capacite.domain.cohort.InvitationStatus.PENDING AND i.expiresAt >"
            + " :now")
public class CohortInvitation {

  /** How long a person has to answer. */
  public static final Duration LIFETIME = Duration.ofDays(30);

  public static final int NAME_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = NAME_MAX)
  private String name;

  @Column(name = "path_hours", nullable = false)
  private int pathHours;

  @Column(nullable = false, unique = true, length = 64)
  private String digest;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private InvitationStatus status = InvitationStatus.PENDING;

  @Column(name = "invited_by", nullable = false, length = 80)
  private String invitedBy;

  /** The language the mail was written in, and the page's default for the person. */
  @Column(nullable = false, length = 8)
  private String locale;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** The account that answered (the person who accepted, or declined while logged in). */
  @ManyToOne
  @JoinColumn(name = "learner_id")
  private User learner;

  @Version private long version;

  protected CohortInvitation() {}

  /**
   * @param cohortEnds the instant the cohort ends: an invitation never outlives it
   * @param zone the organisation's time zone: an invitation ends with a day there
   */
  public CohortInvitation(
      Cohort cohort,
      String email,
      String name,
      int pathHours,
      String digest,
      String invitedBy,
      String locale,
      Instant now,
      Instant cohortEnds,
      java.time.ZoneId zone) {
    if (name != null && name.length() > NAME_MAX) {
      throw new IllegalArgumentException("name too long");
    }
    this.cohort = cohort;
    this.email = email;
    this.name = name == null || name.isBlank() ? null : name.strip();
    this.pathHours = pathHours;
    this.digest = digest;
    this.invitedBy = invitedBy;
    this.locale = locale;
    this.createdAt = now;
    // To the end of the thirtieth day, as the mail says "until <day>".
    Instant lifetime =
        now.plus(LIFETIME).atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    this.expiresAt = cohortEnds.isBefore(lifetime) ? cohortEnds : lifetime;
  }

  /** Whether the person may still answer. */
  public boolean answerable(Instant now) {
    return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
  }

  /** The person who holds the link says yes, under their account. */
  public void accept(User learner, Instant now) {
    answer(InvitationStatus.ACCEPTED, learner, now);
  }

  /** The person says no (with or without an account). */
  public void decline(User learner, Instant now) {
    answer(InvitationStatus.DECLINED, learner, now);
  }

  /** The organisation takes it back before an answer. */
  public void cancel(Instant now) {
    if (status != InvitationStatus.PENDING) {
      throw new IllegalStateException("only a pending invitation is taken back");
    }
    status = InvitationStatus.CANCELLED;
    answeredAt = now;
  }

  private void answer(InvitationStatus to, User who, Instant now) {
    if (!answerable(now)) {
      throw new IllegalStateException("an invitation is answered once, before it expires");
    }
    status = to;
    learner = who;
    answeredAt = now;
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public String getEmail() {
    return email;
  }

  public String getName() {
    return name;
  }

  public int getPathHours() {
    return pathHours;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public String getLocale() {
    return locale;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public User getLearner() {
    return learner;
  }

  public long getVersion() {
    return version;
  }
}
