package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A juror's signature of the PV (procès-verbal de session), given by re-entering their password.
 */
@Entity
@Table(name = "pv_signature")
@NamedQuery(
    name = "PvSignature.findBySession",
    query =
        "SELECT s FROM PvSignature s JOIN FETCH s.juror WHERE s.session = :session ORDER BY s.signedAt")
public class PvSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private ExamSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "juror_id", nullable = false)
  private User juror;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  protected PvSignature() {}

  public PvSignature(ExamSession session, User juror, Instant at) {
    if (session.getStatus() != ExamStatus.DELIBERATED) {
      throw new IllegalStateException("the PV is signed after deliberation");
    }
    this.session = session;
    this.juror = juror;
    this.signedAt = at;
  }

  public ExamSession getSession() {
    return session;
  }

  public User getJuror() {
    return juror;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
