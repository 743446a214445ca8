package fr.capacite.domain.cohort;

import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A cohort (promotion) of one organisation. Invariants: it ends on or after its start; its capacity
 * (effectif maximal) is at least 1; its blocks belong to its title version; its main site belongs
 * to its organisation; no day is both at the organisation and in the host structure.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(
    name = "Cohort.findByOrganisation",
    query =
        "SELECT c FROM Cohort c JOIN FETCH c.programme JOIN FETCH c.certificationVersion WHERE c.organisation = :organisation ORDER BY c.startDate DESC")
@NamedQuery(
    name = "Cohort.findByCode",
    query = "SELECT c FROM Cohort c WHERE c.organisation = :organisation AND c.code = :code")
public class Cohort {

  public static final int CODE_MAX = 60;
  public static final int TITLE_MAX = 200;
  public static final int OFFER_DETAILS_MAX = 2000;

  /** The highest price an offer may state (a typo's extra zeros are refused). */
  public static final java.math.BigDecimal PRICE_MAX = new java.math.BigDecimal("100000");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private TrainingOrganisation organisation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id", nullable = false)
  private Programme programme;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "certification_version_id", nullable = false)
  private CertificationVersion certificationVersion;

  @Column(nullable = false, length = CODE_MAX)
  private String code;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "max_size", nullable = false)
  private int maxSize;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Modality modality;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "main_site_id")
  private Site mainSite;

  /** Days spent at the organisation (the rest of the alternance is in the host structure). */
  @Convert(converter = DaySetConverter.class)
  @Column(name = "organisation_days", length = 80)
  private Set<DayOfWeek> organisationDays = EnumSet.noneOf(DayOfWeek.class);

  @Convert(converter = DaySetConverter.class)
  @Column(name = "host_days", length = 80)
  private Set<DayOfWeek> hostDays = EnumSet.noneOf(DayOfWeek.class);

  @ManyToMany
  @JoinTable(
      name = "cohort_block",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "block_id"))
  private Set<Block> blocks = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "cohort_trainer",
      joinColumns = @JoinColumn(name = "cohort_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<User> trainers = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Listed in the public catalogue of training offers (catalogue des sessions). */
  @Column(name = "offer_published", nullable = false)
  private boolean offerPublished;

  /** Total price for a learner, all taxes included (prix total TTC); 0 when free; null: unsaid. */
  @Column(name = "price", precision = 9, scale = 2)
  private java.math.BigDecimal price;

  @Convert(converter = FundingSetConverter.class)
  @Column(name = "funding", length = 120)
  private Set<Funding> funding = EnumSet.noneOf(Funding.class);

  /** What the offer adds for applicants: prerequisites, selection, practicalities (≤ 2,000). */
  @Column(name = "offer_details", length = OFFER_DETAILS_MAX)
  private String offerDetails;

  @Version private long version;

  protected Cohort() {}

  public Cohort(
      TrainingOrganisation organisation,
      Programme programme,
      CertificationVersion version,
      String code) {
    this.organisation = organisation;
    this.programme = programme;
    this.certificationVersion = version;
    this.code = code;
    this.createdAt = Instant.now();
  }

  /** Sets what the cohort is; each rule breaks with an IllegalArgumentException naming it. */
  public void plan(
      String newTitle, LocalDate start, LocalDate end, int capacity, Modality how, Site site) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end before start");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity below 1");
    }
    if (site != null && !site.getOrganisation().equals(organisation)) {
      throw new IllegalArgumentException("site of another organisation");
    }
    this.title = newTitle;
    this.startDate = start;
    this.endDate = end;
    this.maxSize = capacity;
    this.modality = how;
    this.mainSite = site;
  }

  public void target(Set<Block> targeted) {
    if (targeted.stream()
        .anyMatch(b -> !b.getCertificationVersion().equals(certificationVersion))) {
      throw new IllegalArgumentException("block of another version");
    }
    blocks.clear();
    blocks.addAll(targeted);
  }

  public void rhythm(Set<DayOfWeek> atOrganisation, Set<DayOfWeek> inHost) {
    if (atOrganisation.stream().anyMatch(inHost::contains)) {
      throw new IllegalArgumentException("a day cannot be in both places");
    }
    organisationDays =
        atOrganisation.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(atOrganisation);
    hostDays = inHost.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(inHost);
  }

  public void assignTrainers(Set<User> newTrainers) {
    trainers.clear();
    trainers.addAll(newTrainers);
  }

  /**
   * What the public catalogue says of the cohort. Published, it must say where it takes place (a
   * main site unless wholly remote) and must not have ended; a price is between 0 and {@link
   * #PRICE_MAX}, with cents at most. Each rule breaks with an IllegalArgumentException naming it.
   */
  public void offer(
      boolean published,
      java.math.BigDecimal newPrice,
      Set<Funding> fundings,
      String details,
      LocalDate today) {
    if (newPrice != null
        && (newPrice.signum() < 0
            || newPrice.compareTo(PRICE_MAX) > 0
            || newPrice.stripTrailingZeros().scale() > 2)) {
      throw new IllegalArgumentException("price out of range");
    }
    if (details != null && details.length() > OFFER_DETAILS_MAX) {
      throw new IllegalArgumentException("details too long");
    }
    if (published && mainSite == null && modality != Modality.REMOTE) {
      throw new IllegalArgumentException("no site");
    }
    if (published && endDate.isBefore(today)) {
      throw new IllegalArgumentException("ended");
    }
    this.offerPublished = published;
    this.price = newPrice;
    this.funding =
        fundings == null || fundings.isEmpty()
            ? EnumSet.noneOf(Funding.class)
            : EnumSet.copyOf(fundings);
    this.offerDetails = details == null || details.isBlank() ? null : details.strip();
  }

  /** The scope of a cohort that prepares every block of its title. */
  public static final String FULL_TITLE = "FULL";

  /**
   * What the cohort prepares, as people look for it: the whole title ({@link #FULL_TITLE}) when it
   * targets no block in particular or all of them, else its blocks in the title's order ("CCP1",
   * "CCP2+CCP3").
   */
  public String scope() {
    return scope(
        blocks.stream().map(Block::getCode).collect(java.util.stream.Collectors.toSet()),
        certificationVersion.getBlocks().stream()
            .sorted(java.util.Comparator.comparingInt(Block::getOrder))
            .map(Block::getCode)
            .toList());
  }

  /** The same rule from block codes alone (lists of many cohorts read them in one query). */
  public static String scope(Set<String> targeted, java.util.List<String> titleBlocksInOrder) {
    if (targeted.isEmpty() || targeted.containsAll(titleBlocksInOrder)) {
      return FULL_TITLE;
    }
    return titleBlocksInOrder.stream()
        .filter(targeted::contains)
        .collect(java.util.stream.Collectors.joining("+"));
  }

  /** R11: training towards CCP2 or CCP3 without CCP1 requires the learner to hold CCP1 already. */
  public boolean requiresCcp1() {
    Set<String> codes = new HashSet<>();
    blocks.forEach(b -> codes.add(b.getCode()));
    return !codes.contains("CCP1") && (codes.contains("CCP2") || codes.contains("CCP3"));
  }

  public Long getId() {
    return id;
  }

  public TrainingOrganisation getOrganisation() {
    return organisation;
  }

  public Programme getProgramme() {
    return programme;
  }

  public CertificationVersion getCertificationVersion() {
    return certificationVersion;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public int getMaxSize() {
    return maxSize;
  }

  public Modality getModality() {
    return modality;
  }

  public Site getMainSite() {
    return mainSite;
  }

  public Set<DayOfWeek> getOrganisationDays() {
    return organisationDays.isEmpty()
        ? EnumSet.noneOf(DayOfWeek.class)
        : EnumSet.copyOf(organisationDays);
  }

  public Set<DayOfWeek> getHostDays() {
    return hostDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(hostDays);
  }

  public Set<Block> getBlocks() {
    return Set.copyOf(blocks);
  }

  public Set<User> getTrainers() {
    return Set.copyOf(trainers);
  }

  public boolean isOfferPublished() {
    return offerPublished;
  }

  public java.math.BigDecimal getPrice() {
    return price;
  }

  public Set<Funding> getFunding() {
    return funding;
  }

  public String getOfferDetails() {
    return offerDetails;
  }

  public long getVersion() {
    return version;
  }
}
