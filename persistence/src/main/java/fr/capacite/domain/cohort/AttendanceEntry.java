package fr.capacite.domain.cohort;

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
import jakarta.persistence.Table;
import java.time.Instant;

/** One learner on one attendance sheet: when they signed, and what the trainer certified. */
@Entity
@Table(name = "attendance_entry")
public class AttendanceEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sheet_id", nullable = false)
  private AttendanceSheet sheet;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "learner_id", nullable = false)
  private User learner;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private AttendanceStatus status;

  protected AttendanceEntry() {}

  AttendanceEntry(AttendanceSheet sheet, User learner) {
    this.sheet = sheet;
    this.learner = learner;
  }

  void sign(Instant at) {
    if (signedAt == null) {
      signedAt = at;
    }
  }

  void certify(AttendanceStatus certified) {
    this.status = certified;
  }

  public Long getId() {
    return id;
  }

  public AttendanceSheet getSheet() {
    return sheet;
  }

  public User getLearner() {
    return learner;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public AttendanceStatus getStatus() {
    return status;
  }
}
