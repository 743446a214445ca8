package fr.capacite.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The claim of one server on one occurrence of a scheduled job (a day's reminders…). The primary
 * key makes the claim exclusive across every server sharing the database; a claim not finished by
 * its expiry may be taken over.
 */
@Entity
@Table(name = "job_lease")
@IdClass(JobLease.Key.class)
@NamedQuery(
    name = "JobLease.takeOver",
    query =
        "UPDATE JobLease l SET l.holder = :holder, l.claimedAt = :now, l.expiresAt = :expires"
            + " WHERE l.job = :job AND l.occurrence = :occurrence AND l.finishedAt IS NULL"
            + " AND l.expiresAt < :now")
@NamedQuery(
    name = "JobLease.finish",
    query =
        "UPDATE JobLease l SET l.finishedAt = :now WHERE l.job = :job AND l.occurrence ="
            + " :occurrence AND l.holder = :holder")
public class JobLease {

  /** The composite key: job and occurrence. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String job;
    private String occurrence;

    public Key() {}

    public Key(String job, String occurrence) {
      this.job = job;
      this.occurrence = occurrence;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.job.equals(job) && k.occurrence.equals(occurrence);
    }

    @Override
    public int hashCode() {
      return Objects.hash(job, occurrence);
    }
  }

  @Id
  @Column(length = 60)
  private String job;

  @Id
  @Column(length = 40)
  private String occurrence;

  @Column(nullable = false, length = 120)
  private String holder;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected JobLease() {}

  public JobLease(String job, String occurrence, String holder, Instant now, Instant expiresAt) {
    this.job = job;
    this.occurrence = occurrence;
    this.holder = holder;
    this.claimedAt = now;
    this.expiresAt = expiresAt;
  }

  public String getJob() {
    return job;
  }

  public String getOccurrence() {
    return occurrence;
  }

  public String getHolder() {
    return holder;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
