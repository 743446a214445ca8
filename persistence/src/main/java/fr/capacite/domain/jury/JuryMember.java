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

/** A juror assigned to an exam session. */
@Entity
@Table(name = "jury_member")
@NamedQuery(
    name = "JuryMember.findBySession",
    query =
        "SELECT m FROM JuryMember m JOIN FETCH m.juror WHERE m.session = :session ORDER BY m.juror.displayName")
public class JuryMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private ExamSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "juror_id", nullable = false)
  private User juror;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  protected JuryMember() {}

  public JuryMember(ExamSession session, User juror) {
    this.session = session;
    this.juror = juror;
    this.assignedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public User getJuror() {
    return juror;
  }
}
