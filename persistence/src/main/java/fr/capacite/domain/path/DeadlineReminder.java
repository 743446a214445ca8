package fr.capacite.domain.path;

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
import java.time.Instant;
import java.time.LocalDate;

/** A reminder already sent for a deadline, so that the daily job sends each one once. */
@Entity
@Table(name = "deadline_reminder")
@NamedQuery(
    name = "DeadlineReminder.count",
    query =
        "SELECT COUNT(r) FROM DeadlineReminder r WHERE r.learner = :learner AND r.kind = :kind"
            + " AND r.subject = :subject AND r.dueOn = :due")
public class DeadlineReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeadlineKind kind;

  @Column(nullable = false, length = 60)
  private String subject;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DeadlineReminder() {}

  public DeadlineReminder(User learner, Deadline deadline, Instant sentAt) {
    this.learner = learner;
    this.kind = deadline.kind();
    this.subject = deadline.subject();
    this.dueOn = deadline.dueOn();
    this.sentAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
