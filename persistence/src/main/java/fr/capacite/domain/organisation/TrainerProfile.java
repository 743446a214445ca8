package fr.capacite.domain.organisation;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A trainer's qualifications, shown to prove staff competence and its upkeep (Qualiopi indicators
 * 21 and 22). Invariant: experience is between 0 and 60 years.
 */
@Entity
@Table(name = "trainer_profile")
@NamedQuery(
    name = "TrainerProfile.findByUsers",
    query = "SELECT p FROM TrainerProfile p WHERE p.user IN :users")
@NamedQuery(
    name = "TrainerProfile.findByUser",
    query = "SELECT p FROM TrainerProfile p WHERE p.user = :user")
public class TrainerProfile {

  public static final int MODULES_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, unique = true)
  private User user;

  @Enumerated(EnumType.STRING)
  @Column(name = "title_held", nullable = false, length = 30)
  private TitleHeld titleHeld = TitleHeld.NONE;

  @Column(name = "years_experience", nullable = false)
  private int yearsOfExperience;

  /** Continuing-education modules followed, one per line. */
  @Column(length = MODULES_MAX)
  private String modules;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected TrainerProfile() {}

  public TrainerProfile(User user) {
    this.user = user;
    this.updatedAt = Instant.now();
  }

  public void qualify(TitleHeld title, int years, List<String> moduleList) {
    if (years < 0 || years > 60) {
      throw new IllegalArgumentException("experience out of range");
    }
    this.titleHeld = title;
    this.yearsOfExperience = years;
    List<String> clean = moduleList.stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
    this.modules = clean.isEmpty() ? null : String.join("\n", clean);
    this.updatedAt = Instant.now();
  }

  public List<String> moduleList() {
    return modules == null ? List.of() : Arrays.asList(modules.split("\n"));
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public TitleHeld getTitleHeld() {
    return titleHeld;
  }

  public int getYearsOfExperience() {
    return yearsOfExperience;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
