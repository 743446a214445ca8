package fr.capacite.domain.jury;

import fr.capacite.domain.cohort.Cohort;
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

/**
 * A candidate registered for an exam session: from a cohort, a VAE or directly, with the modality
 * they sit in (stated on the PV, R10) and their employer (for conflict screening, R3).
 */
@Entity
@Table(name = "exam_candidate")
@NamedQuery(
    name = "ExamCandidate.findBySession",
    query =
        "SELECT c FROM ExamCandidate c JOIN FETCH c.learner LEFT JOIN FETCH c.cohort WHERE c.session = :session"
            + " ORDER BY c.learner.displayName")
@NamedQuery(
    name = "ExamCandidate.findByCode",
    query =
        "SELECT c FROM ExamCandidate c JOIN FETCH c.session s JOIN FETCH s.certificationVersion JOIN FETCH s.centre"
            + " WHERE c.verificationCode = :code")
@NamedQuery(
    name = "ExamCandidate.titleSessionDays",
    query =
        "SELECT c.session.day FROM ExamCandidate c WHERE c.learner = :learner AND c.session.kind ="
            + " fr.capacite.domain.jury.ExamKind.TITLE AND c.session <> :session")
public class ExamCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private ExamSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private CandidateSource source;

  /** The cohort that trained the candidate, when they come from one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cohort_id")
  private Cohort cohort;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ExamModality modality;

  @Column(length = 200)
  private String employer;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  /** Printed on the result documents; lets a third party check them on the public page. */
  @Column(name = "verification_code", length = 16, unique = true)
  private String verificationCode;

  @Version private long version;

  protected ExamCandidate() {}

  public ExamCandidate(
      ExamSession session,
      User learner,
      CandidateSource source,
      Cohort cohort,
      ExamModality modality,
      String employer) {
    if ((source == CandidateSource.COHORT) != (cohort != null)) {
      throw new IllegalArgumentException("a cohort candidate, and only one, names the cohort");
    }
    if (modality == ExamModality.REMOTE && session.getModality() != ExamModality.REMOTE) {
      throw new IllegalArgumentException("remote sitting needs a remote session (R10)");
    }
    this.session = session;
    this.learner = learner;
    this.source = source;
    this.cohort = cohort;
    this.modality = modality;
    this.employer = employer;
    this.registeredAt = Instant.now();
  }

  /** Gives the result documents their verification code, once, at publication. */
  public void publish(String code) {
    if (verificationCode == null) {
      this.verificationCode = code;
    }
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public User getLearner() {
    return learner;
  }

  public CandidateSource getSource() {
    return source;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public ExamModality getModality() {
    return modality;
  }

  public String getEmployer() {
    return employer;
  }
}
