package fr.capacite.domain.organisation;

import fr.capacite.domain.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A training organisation (organisme de formation). Invariants: the SIRET is valid (see {@link
 * Siret}) and unique; the NDA, when known, has 11 digits; a Qualiopi certificate ends after it
 * starts. Members are the accounts that act for it (managers, trainers).
 */
@Entity
@Table(name = "training_organisation")
@NamedQuery(
    name = "TrainingOrganisation.findBySiret",
    query = "SELECT o FROM TrainingOrganisation o WHERE o.siret = :siret")
@NamedQuery(
    name = "TrainingOrganisation.search",
    query =
        "SELECT o FROM TrainingOrganisation o WHERE (:q = '' OR LOWER(o.name) LIKE :q OR o.siret LIKE :q) ORDER BY o.name")
@NamedQuery(
    name = "TrainingOrganisation.countSearch",
    query =
        "SELECT COUNT(o) FROM TrainingOrganisation o WHERE (:q = '' OR LOWER(o.name) LIKE :q OR o.siret LIKE :q)")
@NamedQuery(
    name = "TrainingOrganisation.searchForMember",
    query =
        "SELECT o FROM TrainingOrganisation o JOIN o.members m WHERE m.username = :username AND (:q = ''"
            + " OR LOWER(o.name) LIKE :q OR o.siret LIKE :q) ORDER BY o.name")
@NamedQuery(
    name = "TrainingOrganisation.countSearchForMember",
    query =
        "SELECT COUNT(o) FROM TrainingOrganisation o JOIN o.members m WHERE m.username = :username AND"
            + " (:q = '' OR LOWER(o.name) LIKE :q OR o.siret LIKE :q)")
@NamedQuery(
    name = "TrainingOrganisation.findQualiopiEndingBetween",
    query = "SELECT o FROM TrainingOrganisation o WHERE o.qualiopiValidUntil BETWEEN :from AND :to")
@NamedQuery(
    name = "TrainingOrganisation.isMember",
    query =
        "SELECT COUNT(o) FROM TrainingOrganisation o JOIN o.members m WHERE o.id = :id AND m.username = :username")
public class TrainingOrganisation {

  public static final int NAME_MAX = 200;
  public static final String NDA_PATTERN = "\\d{11}";

  /** A reminder goes out this many days before the certificate expires. */
  public static final int QUALIOPI_WARNING_DAYS = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(nullable = false, unique = true, length = 14)
  private String siret;

  @Pattern(regexp = NDA_PATTERN)
  @Column(length = 11)
  private String nda;

  @Size(max = 60)
  @Column(name = "qualiopi_number", length = 60)
  private String qualiopiNumber;

  @Size(max = 120)
  @Column(name = "qualiopi_certifier", length = 120)
  private String qualiopiCertifier;

  @Column(name = "qualiopi_valid_from")
  private LocalDate qualiopiValidFrom;

  @Column(name = "qualiopi_valid_until")
  private LocalDate qualiopiValidUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The certificate end date the managers were last reminded of (one reminder per certificate). */
  @Column(name = "qualiopi_reminded_for")
  private LocalDate qualiopiRemindedFor;

  @ManyToMany
  @JoinTable(
      name = "organisation_member",
      joinColumns = @JoinColumn(name = "organisation_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<User> members = new HashSet<>();

  @Version private long version;

  protected TrainingOrganisation() {}

  public TrainingOrganisation(String name, String siret) {
    rename(name);
    changeSiret(siret);
    this.createdAt = Instant.now();
  }

  public void rename(String newName) {
    this.name = newName.trim();
  }

  /** Sets the SIRET; refuses one that fails the check. */
  public void changeSiret(String raw) {
    if (!Siret.isValid(raw)) {
      throw new IllegalArgumentException("invalid SIRET");
    }
    this.siret = Siret.normalise(raw);
  }

  public void changeNda(String raw) {
    String n = raw == null ? null : raw.replaceAll("\\s", "");
    if (n != null && !n.isEmpty() && !n.matches(NDA_PATTERN)) {
      throw new IllegalArgumentException("invalid NDA");
    }
    this.nda = n == null || n.isEmpty() ? null : n;
  }

  /** Records the Qualiopi certificate; refuses an end before the start. */
  public void certify(String number, String certifier, LocalDate from, LocalDate until) {
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException("certificate ends before it starts");
    }
    this.qualiopiNumber = number;
    this.qualiopiCertifier = certifier;
    this.qualiopiValidFrom = from;
    this.qualiopiValidUntil = until;
  }

  public QualiopiStatus qualiopiStatusOn(LocalDate day) {
    if (qualiopiValidUntil == null) {
      return QualiopiStatus.NONE;
    }
    if (day.isAfter(qualiopiValidUntil)) {
      return QualiopiStatus.EXPIRED;
    }
    if (!day.plusDays(QUALIOPI_WARNING_DAYS).isBefore(qualiopiValidUntil)) {
      return QualiopiStatus.EXPIRING;
    }
    return QualiopiStatus.VALID;
  }

  /**
   * Whether a reminder is due on {@code day}: the certificate expires within the warning period and
   * no reminder has gone out for this end date yet.
   */
  public boolean qualiopiReminderDue(LocalDate day) {
    return qualiopiValidUntil != null
        && !day.isAfter(qualiopiValidUntil)
        && !day.plusDays(QUALIOPI_WARNING_DAYS).isBefore(qualiopiValidUntil)
        && !qualiopiValidUntil.equals(qualiopiRemindedFor);
  }

  public void qualiopiReminded() {
    this.qualiopiRemindedFor = qualiopiValidUntil;
  }

  public void addMember(User user) {
    members.add(user);
  }

  public void removeMember(User user) {
    members.remove(user);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSiret() {
    return siret;
  }

  public String getNda() {
    return nda;
  }

  public String getQualiopiNumber() {
    return qualiopiNumber;
  }

  public String getQualiopiCertifier() {
    return qualiopiCertifier;
  }

  public LocalDate getQualiopiValidFrom() {
    return qualiopiValidFrom;
  }

  public LocalDate getQualiopiValidUntil() {
    return qualiopiValidUntil;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<User> getMembers() {
    return Set.copyOf(members);
  }

  public long getVersion() {
    return version;
  }
}
