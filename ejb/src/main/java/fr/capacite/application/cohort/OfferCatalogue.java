package fr.capacite.application.cohort;

import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.organisation.QualiopiStatus;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.Territory;
import fr.capacite.domain.referential.Block;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public catalogue of training offers (catalogue des sessions): the cohorts organisations
 * publish, not yet started, searched by anyone without an account. The catalogue is small beside
 * the library (every published cohort of the country that has not started: hundreds to a few
 * thousand), changes little and is read by crawlers and visitors: it is kept in memory as values
 * and rebuilt in four queries when a minute has passed or when an organisation changes an offer, so
 * a search filters and pages in memory. A cohort's own page reads it live.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class OfferCatalogue {

  /** How long the catalogue is kept before it is read again (places left follow enrolments). */
  static final long KEPT_SECONDS = 60;

  /** An offer in the list. */
  public record Offer(
      long cohortId,
      String title,
      long organisationId,
      String organisation,
      String programmeCode,
      String programme,
      String version,
      String scope,
      LocalDate start,
      LocalDate end,
      Modality modality,
      String city,
      String department,
      String region,
      boolean accessible,
      boolean disabilityReferent,
      long placesLeft,
      BigDecimal price,
      Set<Funding> funding,
      String searchable)
      implements Serializable {}

  /** What someone looks for; null or blank fields do not narrow. */
  public record Query(
      String words,
      String region,
      String department,
      LocalDate from,
      LocalDate to,
      Modality modality,
      String scope,
      String programme,
      boolean withPlaces,
      boolean accessible,
      boolean disabilityReferent)
      implements Serializable {

    public static Query everything() {
      return new Query(null, null, null, null, null, null, null, null, false, false, false);
    }
  }

  /** A value of a filter and how many offers of the current search have it. */
  public record Count(String value, long count) implements Serializable {}

  /** One page of offers and, per filter, the values found with their counts. */
  public record Page(PageSlice<Offer> offers, Map<String, List<Count>> counts)
      implements Serializable {}

  /** The catalogue as read at a moment, for the day it was read. */
  private record Snapshot(List<Offer> offers, Instant readAt, LocalDate day) {}

  @PersistenceContext private EntityManager em;

  private final AtomicReference<Snapshot> kept = new AtomicReference<>();
  private final Object reading = new Object();
  private Clock clock = Clock.system(CalendarWriter.ZONE);

  /** Offers matching the query, soonest first, one page, with the filters' counts. */
  public Page search(Query q, int first, int size) {
    List<Offer> all = offers();
    String words = fold(q.words());
    List<Offer> found =
        all.stream()
            .filter(o -> words.isEmpty() || containsAll(o.searchable(), words))
            .filter(o -> blank(q.region()) || q.region().equals(o.region()))
            .filter(o -> blank(q.department()) || q.department().equals(o.department()))
            .filter(o -> q.from() == null || !o.start().isBefore(q.from()))
            .filter(o -> q.to() == null || !o.start().isAfter(q.to()))
            .filter(o -> q.modality() == null || q.modality() == o.modality())
            .filter(o -> blank(q.scope()) || q.scope().equals(o.scope()))
            .filter(o -> blank(q.programme()) || q.programme().equals(o.programmeCode()))
            .filter(o -> !q.withPlaces() || o.placesLeft() > 0)
            .filter(o -> !q.accessible() || o.accessible())
            .filter(o -> !q.disabilityReferent() || o.disabilityReferent())
            .toList();
    Map<String, List<Count>> counts = new LinkedHashMap<>();
    counts.put("region", counts(found, Offer::region));
    counts.put("department", counts(found, Offer::department));
    counts.put("modality", counts(found, o -> o.modality().name()));
    counts.put("scope", counts(found, Offer::scope));
    counts.put("programme", counts(found, Offer::programmeCode));
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    List<Offer> page =
        f >= found.size() ? List.of() : found.subList(f, Math.min(found.size(), f + s));
    return new Page(new PageSlice<>(page, found.size(), f, s), counts);
  }

  private static List<Count> counts(List<Offer> offers, Function<Offer, String> value) {
    Map<String, Long> byValue = new TreeMap<>();
    for (Offer o : offers) {
      String v = value.apply(o);
      if (v != null) {
        byValue.merge(v, 1L, Long::sum);
      }
    }
    return byValue.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean containsAll(String text, String words) {
    for (String w : words.split(" ")) {
      if (!w.isEmpty() && !text.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents, so that "mediation" finds "Médiation" whatever is typed. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The offers kept, read again when they are older than a minute or of another day. */
  List<Offer> offers() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Snapshot s = kept.get();
    if (s != null && s.day().equals(today) && s.readAt().plusSeconds(KEPT_SECONDS).isAfter(now)) {
      return s.offers();
    }
    // One reader at a time reads the database; the others wait for it rather than read too.
    synchronized (reading) {
      s = kept.get();
      if (s != null && s.day().equals(today) && s.readAt().plusSeconds(KEPT_SECONDS).isAfter(now)) {
        return s.offers();
      }
      List<Offer> read = read(today);
      kept.set(new Snapshot(read, now, today));
      return read;
    }
  }

  /** The scopes of the offers kept (for the scope filter's choices), the whole title first. */
  public List<String> scopes() {
    List<String> out = new ArrayList<>();
    out.add(Cohort.FULL_TITLE);
    offers().stream()
        .map(Offer::scope)
        .filter(s -> s != null && !s.equals(Cohort.FULL_TITLE))
        .distinct()
        .sorted()
        .forEach(out::add);
    return out;
  }

  /** An organisation's offers not yet started, soonest first (its public page lists them). */
  public List<Offer> ofOrganisation(long organisationId) {
    return offers().stream().filter(o -> o.organisationId() == organisationId).toList();
  }

  /** Forgets the kept catalogue: an organisation changed an offer, show it at once. */
  public void changed() {
    kept.set(null);
  }

  private List<Offer> read(LocalDate today) {
    List<Cohort> cohorts =
        em.createQuery(
                "SELECT c FROM Cohort c JOIN FETCH c.organisation JOIN FETCH c.programme JOIN FETCH"
                    + " c.certificationVersion LEFT JOIN FETCH c.mainSite WHERE c.offerPublished ="
                    + " TRUE AND c.startDate >= :today ORDER BY c.startDate, c.id",
                Cohort.class)
            .setParameter("today", today)
            .getResultList();
    if (cohorts.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<String>> targeted = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.id, b.code FROM Cohort c JOIN c.blocks b WHERE c.offerPublished = TRUE"
                    + " AND c.startDate >= :today",
                Object[].class)
            .setParameter("today", today)
            .getResultList()) {
      targeted.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((String) row[1]);
    }
    Map<Long, List<String>> titleBlocks = new HashMap<>();
    em.createQuery(
            "SELECT b FROM Block b WHERE b.certificationVersion IN :versions ORDER BY b.sortOrder",
            Block.class)
        .setParameter(
            "versions", cohorts.stream().map(Cohort::getCertificationVersion).distinct().toList())
        .getResultList()
        .forEach(
            b ->
                titleBlocks
                    .computeIfAbsent(b.getCertificationVersion().getId(), k -> new ArrayList<>())
                    .add(b.getCode()));
    Map<Long, Long> enrolled = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.cohort.id, COUNT(e) FROM Enrolment e WHERE e.status = :enrolled AND"
                    + " e.cohort.offerPublished = TRUE AND e.cohort.startDate >= :today GROUP BY"
                    + " e.cohort.id",
                Object[].class)
            .setParameter("enrolled", EnrolmentStatus.ENROLLED)
            .setParameter("today", today)
            .getResultList()) {
      enrolled.put((Long) row[0], ((Number) row[1]).longValue());
    }
    List<Offer> out = new ArrayList<>(cohorts.size());
    for (Cohort c : cohorts) {
      String scope =
          Cohort.scope(
              targeted.getOrDefault(c.getId(), Set.of()),
              titleBlocks.getOrDefault(c.getCertificationVersion().getId(), List.of()));
      out.add(offer(c, scope, enrolled.getOrDefault(c.getId(), 0L)));
    }
    return List.copyOf(out);
  }

  /** A cohort as an offer, with what the search reads (words folded once, here). */
  private static Offer offer(Cohort c, String scope, long enrolled) {
    Site site = c.getMainSite();
    var department =
        site == null ? null : Territory.departmentOf(site.getPostalCode()).orElse(null);
    return new Offer(
        c.getId(),
        c.getTitle(),
        c.getOrganisation().getId(),
        c.getOrganisation().getName(),
        c.getProgramme().getCode(),
        c.getProgramme().getTitle(),
        c.getCertificationVersion().getTitle(),
        scope,
        c.getStartDate(),
        c.getEndDate(),
        c.getModality(),
        site == null ? null : site.getCity(),
        department == null ? null : department.code(),
        department == null ? null : department.region(),
        site != null && site.isAccessible(),
        hasReferent(site),
        Math.max(0, c.getMaxSize() - enrolled),
        c.getPrice(),
        fundings(c),
        fold(
            String.join(
                " ",
                c.getTitle(),
                c.getOrganisation().getName(),
                c.getProgramme().getTitle(),
                c.getCertificationVersion().getTitle(),
                site == null ? "" : site.getCity(),
                department == null ? "" : department.name())));
  }

  /** The fundings in their enum's order (CPF first), as a set that keeps it. */
  private static Set<Funding> fundings(Cohort c) {
    return c.getFunding().isEmpty()
        ? java.util.EnumSet.noneOf(Funding.class)
        : java.util.EnumSet.copyOf(c.getFunding());
  }

  /** A site's referent is the person learners with a disability talk to (référent handicap). */
  private static boolean hasReferent(Site site) {
    return site != null && (site.getReferentName() != null || site.getReferentEmail() != null);
  }

  /** A block the cohort prepares: code and title. */
  public record BlockLine(String code, String title) implements Serializable {}

  /** Everything a cohort's public page says (LHÉO's first circle, in the reader's language). */
  public record Detail(
      Offer offer,
      String code,
      String rncp,
      String level,
      List<BlockLine> blocks,
      Set<Integer> pathHours,
      int placementHours,
      Set<DayOfWeek> organisationDays,
      Set<DayOfWeek> hostDays,
      boolean requiresCcp1,
      String siteName,
      String address,
      String postalCode,
      String departmentName,
      String regionName,
      String specificSupport,
      String contactName,
      String contactEmail,
      String details,
      String nda,
      QualiopiStatus qualiopi,
      String qualiopiNumber)
      implements Serializable {}

  /**
   * A published cohort that has not ended, read now (places left as they are). Anything else does
   * not exist for the public.
   */
  public Detail offer(long cohortId) {
    LocalDate today = LocalDate.now(clock);
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null || !c.isOfferPublished() || c.getEndDate().isBefore(today)) {
      throw new ObjectNotFoundException("offer", cohortId);
    }
    long enrolled =
        em.createQuery(
                "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :c AND e.status = :enrolled",
                Long.class)
            .setParameter("c", c)
            .setParameter("enrolled", EnrolmentStatus.ENROLLED)
            .getSingleResult();
    Site site = c.getMainSite();
    var department =
        site == null ? null : Territory.departmentOf(site.getPostalCode()).orElse(null);
    var region = department == null ? null : Territory.region(department.region()).orElse(null);
    List<Block> prepared =
        c.getBlocks().isEmpty()
            ? c.getCertificationVersion().getBlocks()
            : List.copyOf(c.getBlocks());
    var o = c.getOrganisation();
    Offer offer = offer(c, c.scope(), enrolled);
    return new Detail(
        offer,
        c.getCode(),
        c.getCertificationVersion().getRncpCode(),
        c.getCertificationVersion().getLevel(),
        prepared.stream()
            .sorted(Comparator.comparingInt(Block::getOrder))
            .map(b -> new BlockLine(b.getCode(), b.getTitle()))
            .toList(),
        Set.copyOf(c.getProgramme().getPathHours()),
        c.getProgramme().getPlacementHours(),
        Set.copyOf(c.getOrganisationDays()),
        Set.copyOf(c.getHostDays()),
        c.requiresCcp1(),
        site == null ? null : site.getName(),
        site == null ? null : site.getAddress(),
        site == null ? null : site.getPostalCode(),
        department == null ? null : department.name(),
        region == null ? null : region.name(),
        site == null ? null : site.getSpecificSupport(),
        site == null ? null : site.getReferentName(),
        site == null ? null : site.getReferentEmail(),
        c.getOfferDetails(),
        o.getNda(),
        o.qualiopiStatusOn(today),
        o.getQualiopiNumber());
  }

  /** For tests: the catalogue on another day. */
  void useClock(Clock c) {
    this.clock = c;
    changed();
  }

  /** Addresses for the sitemap: every published offer not yet started, by id. */
  public List<Long> publishedIds() {
    return offers().stream().map(Offer::cohortId).sorted().toList();
  }

  /** The organisations with offers, for the sitemap. */
  public List<Long> publishingOrganisations() {
    return offers().stream().map(Offer::organisationId).distinct().sorted().toList();
  }

  /** The programmes' names by code, for the filter (from the offers kept). */
  public Map<String, String> programmes() {
    return offers().stream()
        .collect(
            Collectors.toMap(Offer::programmeCode, Offer::programme, (a, b) -> a, TreeMap::new));
  }
}
