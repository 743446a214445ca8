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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A place where an organisation trains: address, accessibility to people with reduced mobility,
 * fixed or itinerant, and its référent handicap (Qualiopi indicator 26).
 */
@Entity
@Table(name = "site")
@NamedQuery(
    name = "Site.findByLieuId",
    query = "SELECT s FROM Site s WHERE s.organisation = :organisation AND s.lieuId = :lieuId")
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

  /** Identifier of the place in the "lieux de médiation numérique" data set, when known. */
  @Size(max = 100)
  @Column(name = "lieu_id", length = 100)
  private String lieuId;

  @Column(precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(precision = 9, scale = 6)
  private BigDecimal longitude;

  /** Services offered, values of the lieux schema joined by '|'. */
  @Size(max = 1000)
  @Column(length = 1000)
  private String services;

  /** Specific support (prise en charge spécifique), values of the lieux schema joined by '|'. */
  @Size(max = 500)
  @Column(name = "specific_support", length = 500)
  private String specificSupport;

  /** Opening hours in OpenStreetMap's opening_hours syntax. */
  @Size(max = 500)
  @Column(name = "opening_hours", length = 500)
  private String openingHours;

  @Column(name = "updated_on")
  private LocalDate updatedOn;

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

  /** Records the facts a lieux file gives about this place. */
  public void describeAsLieu(
      String id,
      BigDecimal lat,
      BigDecimal lon,
      String serviceList,
      String support,
      String hours,
      LocalDate updated) {
    this.lieuId = id;
    this.latitude = lat;
    this.longitude = lon;
    this.services = serviceList;
    this.specificSupport = support;
    this.openingHours = hours;
    this.updatedOn = updated;
  }

  public String getLieuId() {
    return lieuId;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public String getServices() {
    return services;
  }

  public String getSpecificSupport() {
    return specificSupport;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public LocalDate getUpdatedOn() {
    return updatedOn;
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
