package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A juror's remark on a training organisation's preparation of its candidates, left at
 * deliberation: what the jury saw, back to the training. The organisation reads it once the
 * session's results are published, without the juror's name; the juror is kept only so that each
 * juror leaves one remark per session and organisation, and may change it until the PV is signed.
 */
@Entity
@Table(name = "training_remark")
public class TrainingRemark {

  public static final int TEXT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false)
  private ExamSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private TrainingOrganisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "juror_id", nullable = false)
  private User juror;

  @Column(name = "remark_text", nullable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Version private long version;

  protected TrainingRemark() {}

  public TrainingRemark(ExamSession session, TrainingOrganisation organisation, User juror) {
    this.session = session;
    this.organisation = organisation;
    this.juror = juror;
  }

  /** Whether jurors may still write or take back remarks on the session: until the PV is signed. */
  public static boolean open(ExamSession session) {
    return session.getStatus() == ExamStatus.OPEN || session.getStatus() == ExamStatus.DELIBERATED;
  }

  /** Writes the remark: 1 to {@link #TEXT_MAX} characters, while the PV is not signed. */
  public void write(String value, Instant at) {
    if (!open(session)) {
      throw new IllegalStateException("jury.remark.closed");
    }
    String t = value == null ? "" : value.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("jury.remark.empty");
    }
    if (t.length() > TEXT_MAX) {
      throw new IllegalArgumentException("jury.remark.tooLong");
    }
    this.text = t;
    this.writtenAt = at;
  }

  public Long getId() {
    return id;
  }

  public ExamSession getSession() {
    return session;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public User getJuror() {
    return juror;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public long getVersion() {
    return version;
  }
}
