package fr.capacite.domain.jury;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a user fit to sit on a jury (R1, R2): an active habilitation (issued by a region, with
 * an expiry), at least {@value #MIN_YEARS} years in the job and not out of it for more than {@value
 * #MAX_YEARS_OUT} years, the 4-hour induction, and the ethics charter signed.
 */
@Entity
@Table(name = "juror_profile")
@NamedQuery(
    name = "JurorProfile.findByUser",
    query = "SELECT p FROM JurorProfile p WHERE p.user = :user")
@NamedQuery(
    name = "JurorProfile.findByUsers",
    query = "SELECT p FROM JurorProfile p JOIN FETCH p.user WHERE p.user IN :users")
public class JurorProfile {

  public static final int MIN_YEARS = 3;
  public static final int MAX_YEARS_OUT = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  @Column(name = "habilitation_region", length = 80)
  private String habilitationRegion;

  @Column(name = "habilitation_until")
  private LocalDate habilitationUntil;

  @Column(name = "years_in_job", nullable = false)
  private int yearsInJob;

  /** When the juror left the job; null while they still practise. */
  @Column(name = "left_job_on")
  private LocalDate leftJobOn;

  @Column(name = "induction_on")
  private LocalDate inductionOn;

  @Column(name = "charter_signed_on")
  private LocalDate charterSignedOn;

  /** The juror's employer, for conflict screening (R3). */
  @Column(length = 200)
  private String employer;

  @Version private long version;

  protected JurorProfile() {}

  public JurorProfile(User user) {
    this.user = user;
  }

  public void describe(
      String region,
      LocalDate habilitationEnds,
      int years,
      LocalDate leftOn,
      LocalDate induction,
      LocalDate charter,
      String employerName) {
    if (years < 0) {
      throw new IllegalArgumentException("years in the job cannot be negative");
    }
    this.habilitationRegion = region;
    this.habilitationUntil = habilitationEnds;
    this.yearsInJob = years;
    this.leftJobOn = leftOn;
    this.inductionOn = induction;
    this.charterSignedOn = charter;
    this.employer = employerName;
  }

  /** The ethics charter: neutrality, equal treatment, objectivity, confidentiality. */
  public void signCharter(LocalDate on) {
    this.charterSignedOn = on;
  }

  /**
   * Why this juror may not sit on a session held on {@code day} (R1 habilitation, R2 experience,
   * induction and charter); empty when they may.
   */
  public List<Finding> problemsOn(LocalDate day) {
    List<Finding> f = new ArrayList<>();
    if (habilitationUntil == null) {
      f.add(Finding.blocking("jury.juror.noHabilitation"));
    } else if (habilitationUntil.isBefore(day)) {
      f.add(Finding.blocking("jury.juror.habilitationExpired", habilitationUntil));
    }
    if (yearsInJob < MIN_YEARS) {
      f.add(Finding.blocking("jury.juror.tooNew", yearsInJob, MIN_YEARS));
    }
    if (leftJobOn != null && leftJobOn.plusYears(MAX_YEARS_OUT).isBefore(day)) {
      f.add(Finding.blocking("jury.juror.leftTooLongAgo", leftJobOn, MAX_YEARS_OUT));
    }
    if (inductionOn == null || inductionOn.isAfter(day)) {
      f.add(Finding.blocking("jury.juror.noInduction"));
    }
    if (charterSignedOn == null || charterSignedOn.isAfter(day)) {
      f.add(Finding.blocking("jury.juror.noCharter"));
    }
    return f;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getHabilitationRegion() {
    return habilitationRegion;
  }

  public LocalDate getHabilitationUntil() {
    return habilitationUntil;
  }

  public int getYearsInJob() {
    return yearsInJob;
  }

  public LocalDate getLeftJobOn() {
    return leftJobOn;
  }

  public LocalDate getInductionOn() {
    return inductionOn;
  }

  public LocalDate getCharterSignedOn() {
    return charterSignedOn;
  }

  public String getEmployer() {
    return employer;
  }

  public long getVersion() {
    return version;
  }
}
