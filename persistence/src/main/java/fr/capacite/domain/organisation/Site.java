package fr.capacite.domain.organisation;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A place where an organisation trains: address, accessibility to people with reduced mobility,
 * fixed or itinerant, and its référent handicap (Qualiopi indicator 26).
 */
@Entity
@Table(name = "site")
@NamedQuery(
    name = "Site.findByOrganisation",
    query = "SELECT s FROM Site s WHERE s.organisation = :organisation ORDER BY s.name")
public class Site {

  public static final int NAME_MAX = 200;
  public static final String POSTAL_CODE_PATTERN = "\\d{5}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private TrainingOrganisation organisation;

  @NotBlank
  @Size(max = NAME_MAX)
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotBlank
  @Size(max = 300)
  @Column(nullable = false, length = 300)
  private String address;

  @NotBlank
  @Pattern(regexp = POSTAL_CODE_PATTERN)
  @Column(name = "postal_code", nullable = false, length = 5)
  private String postalCode;

  @NotBlank
  @Size(max = 120)
  @Column(nullable = false, length = 120)
  private String city;

  /** Accessible to people with reduced mobility (accessibilité PMR). */
  @Column(nullable = false)
  private boolean accessible;

  @Column(nullable = false)
  private boolean itinerant;

  @Size(max = 120)
  @Column(name = "referent_name", length = 120)
  private String referentName;

  @Email
  @Size(max = 254)
  @Column(name = "referent_email", length = 254)
  private String referentEmail;

  @Version private long version;

  protected Site() {}

  public Site(TrainingOrganisation organisation, String name) {
    this.organisation = organisation;
    this.name = name;
  }

  /** Updates the address and accessibility facts in one go. */
  public void describe(
      String newName,
      String newAddress,
      String newPostalCode,
      String newCity,
      boolean isAccessible,
      boolean isItinerant,
      String newReferentName,
      String newReferentEmail) {
    this.name = newName;
    this.address = newAddress;
    this.postalCode = newPostalCode;
    this.city = newCity;
    this.accessible = isAccessible;
    this.itinerant = isItinerant;
    this.referentName = newReferentName;
    this.referentEmail = newReferentEmail;
  }

  public Long getId() {
    return id;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public boolean isItinerant() {
    return itinerant;
  }

  public String getReferentName() {
    return referentName;
  }

  public String getReferentEmail() {
    return referentEmail;
  }

  public long getVersion() {
    return version;
  }
}
