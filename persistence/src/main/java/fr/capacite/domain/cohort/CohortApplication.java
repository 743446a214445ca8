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
import java.time.Instant;

/**
 * A person's application to a published cohort (candidature): their motivation, how they mean to
 * fund it and, for CCP2 or CCP3 without CCP1, the CCP1 they hold (R11). The organisation accepts it
 * (the person is then enrolled under the capacity and waiting-list rules, their application being
 * their consent) or refuses it with a reason; the person may withdraw it while pending. Each rule
 * breaks with an IllegalArgumentException or IllegalStateException naming it.
 */
@Entity
@Table(name = "cohort_application")
@NamedQuery(
    name = "CohortApplication.ofCohort",
    query =
        "SELECT a FROM CohortApplication a JOIN FETCH a.learner WHERE a.cohort = :cohort ORDER BY"
            + " a.createdAt DESC")
@NamedQuery(
    name = "CohortApplication.ofLearner",
    query =
        "SELECT a FROM CohortApplication a JOIN FETCH a.cohort c JOIN FETCH c.organisation WHERE"
            + " a.learner = :learner ORDER BY a.createdAt DESC")
@NamedQuery(
    name = "CohortApplication.pending",
    query =
        "SELECT COUNT(a) FROM CohortApplication a WHERE a.cohort = :cohort AND a.learner ="
            + " :learner AND a.status = fr.capacite.domain.cohort.ApplicationStatus.PENDING")
public class CohortApplication {

  public static final int MOTIVATION_MAX = 2000;
  public static final int TEXT_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @ManyToOne(optional = false)
  @JoinColumn(name = "learner_id")
  private User learner;

  @Column(nullable = false, length = MOTIVATION_MAX)
  private String motivation;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Funding funding;

  /** The CCP1 the person holds, as they state it (R11), when the cohort asks for it. */
  @Column(name = "ccp1_evidence", length = TEXT_MAX)
  private String ccp1Evidence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ApplicationStatus status = ApplicationStatus.PENDING;

  @Column(length = TEXT_MAX)
  private String reason;

  @Column(name = "decided_by", length = 80)
  private String decidedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected CohortApplication() {}

  public CohortApplication(
      Cohort cohort,
      User learner,
      String motivation,
      Funding funding,
      String ccp1Evidence,
      Instant now) {
    String m = motivation == null ? "" : motivation.strip();
    if (m.isEmpty()) {
      throw new IllegalArgumentException("motivation required");
    }
    if (m.length() > MOTIVATION_MAX) {
      throw new IllegalArgumentException("motivation too long");
    }
    String evidence = ccp1Evidence == null || ccp1Evidence.isBlank() ? null : ccp1Evidence.strip();
    if (evidence != null && evidence.length() > TEXT_MAX) {
      throw new IllegalArgumentException("evidence too long");
    }
    if (cohort.requiresCcp1() && evidence == null) {
      throw new IllegalArgumentException("ccp1 required");
    }
    if (funding != null
        && !cohort.getFunding().isEmpty()
        && !cohort.getFunding().contains(funding)) {
      throw new IllegalArgumentException("funding not offered");
    }
    this.cohort = cohort;
    this.learner = learner;
    this.motivation = m;
    this.funding = funding;
    this.ccp1Evidence = evidence;
    this.createdAt = now;
  }

  /** The organisation accepts it (the enrolment follows). */
  public void accept(String by, Instant now) {
    decide(ApplicationStatus.ACCEPTED, by, null, now);
  }

  /** The organisation refuses it, saying why. */
  public void refuse(String by, String why, Instant now) {
    String r = why == null ? "" : why.strip();
    if (r.isEmpty() || r.length() > TEXT_MAX) {
      throw new IllegalArgumentException("reason required");
    }
    decide(ApplicationStatus.REFUSED, by, r, now);
  }

  /** The person withdraws it. */
  public void withdraw(Instant now) {
    decide(ApplicationStatus.WITHDRAWN, learner.getUsername(), null, now);
  }

  private void decide(ApplicationStatus to, String by, String why, Instant now) {
    if (status != ApplicationStatus.PENDING) {
      throw new IllegalStateException("already decided");
    }
    status = to;
    decidedBy = by;
    reason = why;
    decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public User getLearner() {
    return learner;
  }

  public String getMotivation() {
    return motivation;
  }

  public Funding getFunding() {
    return funding;
  }

  public String getCcp1Evidence() {
    return ccp1Evidence;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public long getVersion() {
    return version;
  }
}
