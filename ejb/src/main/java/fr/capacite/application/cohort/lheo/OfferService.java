package fr.capacite.application.cohort.lheo;

import fr.capacite.application.cohort.CalendarWriter;
import fr.capacite.application.cohort.lheo.LheoOffer.Action;
import fr.capacite.application.cohort.lheo.LheoOffer.Address;
import fr.capacite.application.cohort.lheo.LheoOffer.Contact;
import fr.capacite.application.cohort.lheo.LheoOffer.Formation;
import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation's training offer in LHÉO 2.3, for the Carif-Oref and Mon Compte Formation:
 * cohorts that have not ended, grouped by programme and title version. A cohort without any usable
 * address (LHÉO requires one to enrol) is left out and named, never exported half-filled.
 */
@Stateless
@jakarta.annotation.security.RolesAllowed({
  fr.capacite.domain.identity.Role.Names.ADMIN,
  fr.capacite.domain.identity.Role.Names.ORG_MANAGER,
  fr.capacite.domain.identity.Role.Names.TRAINER
})
public class OfferService {

  /** The document and the cohorts it had to leave out, with the reason's message key. */
  public record OfferDocument(byte[] xml, List<LeftOut> leftOut) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A cohort left out of the export and why ({@code organisation.offer.leftOut.*}). */
  public record LeftOut(String organisation, String cohort, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;

  private final Clock clock = Clock.system(CalendarWriter.ZONE);

  /** The offer of one organisation its members and administrators can see. */
  public OfferDocument export(long organisationId) {
    TrainingOrganisation o = access.visible(organisationId);
    return document(List.of(o));
  }

  /** Every organisation's offer in one document, for administrators. */
  @jakarta.annotation.security.RolesAllowed(fr.capacite.domain.identity.Role.Names.ADMIN)
  public OfferDocument exportAll() {
    return document(
        em.createQuery(
                "SELECT DISTINCT c.organisation FROM Cohort c WHERE c.endDate >= :today",
                TrainingOrganisation.class)
            .setParameter("today", LocalDate.now(clock))
            .getResultList());
  }

  /**
   * What the organisation page says of the offer: the upcoming cohorts it leaves out and why, and
   * the message key of the refusal an export would meet (null when it can be exported). The offer
   * is gathered, never written.
   */
  public record OfferCheck(List<LeftOut> leftOut, String problem) implements Serializable {}

  public OfferCheck check(long organisationId) {
    TrainingOrganisation o = access.visible(organisationId);
    Gathered g = gather(List.of(o));
    return new OfferCheck(List.copyOf(g.leftOut()), g.problem());
  }

  /** What the offer holds and what it leaves out, before any XML is written. */
  private record Gathered(List<LheoOffer> offers, List<LeftOut> leftOut) {
    String problem() {
      if (offers.stream().allMatch(x -> x.formations().isEmpty())) {
        return leftOut.isEmpty()
            ? "organisation.offer.empty"
            : "organisation.offer.nothingExportable";
      }
      return null;
    }
  }

  private OfferDocument document(List<TrainingOrganisation> organisations) {
    Gathered g = gather(organisations);
    if (g.problem() != null) {
      throw new StateConflictException(g.problem(), g.leftOut().size());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LheoWriter.write(g.offers(), out);
    return new OfferDocument(out.toByteArray(), List.copyOf(g.leftOut()));
  }

  private Gathered gather(List<TrainingOrganisation> organisations) {
    LocalDate today = LocalDate.now(clock);
    List<LeftOut> leftOut = new ArrayList<>();
    List<LheoOffer> offers = new ArrayList<>();
    if (organisations.isEmpty()) {
      throw new StateConflictException("organisation.offer.empty");
    }
    List<Cohort> cohorts =
        em.createQuery(
                "SELECT c FROM Cohort c JOIN FETCH c.programme JOIN FETCH c.certificationVersion"
                    + " LEFT JOIN FETCH c.mainSite WHERE c.organisation IN :organisations AND"
                    + " c.endDate >= :today ORDER BY c.startDate, c.code",
                Cohort.class)
            .setParameter("organisations", organisations)
            .setParameter("today", today)
            .getResultList();
    Map<Long, List<Cohort>> byOrganisation = new HashMap<>();
    cohorts.forEach(
        c ->
            byOrganisation
                .computeIfAbsent(c.getOrganisation().getId(), k -> new ArrayList<>())
                .add(c));
    Map<Long, List<Site>> sites = new HashMap<>();
    em.createQuery(
            "SELECT s FROM Site s WHERE s.organisation IN :organisations ORDER BY s.name",
            Site.class)
        .setParameter("organisations", organisations)
        .getResultList()
        .forEach(
            s -> sites.computeIfAbsent(s.getOrganisation().getId(), k -> new ArrayList<>()).add(s));
    Map<Long, Long> enrolled = enrolled(cohorts);
    Map<Long, List<Block>> versionBlocks = versionBlocks(cohorts);
    Map<Long, List<Block>> cohortBlocks = cohortBlocks(cohorts);

    for (TrainingOrganisation o : organisations) {
      List<Cohort> own = byOrganisation.getOrDefault(o.getId(), List.of());
      if (o.getNda() == null) {
        own.forEach(c -> leftOut.add(new LeftOut(o.getName(), c.getCode(), "noNda")));
        continue;
      }
      List<Site> ownSites = sites.getOrDefault(o.getId(), List.of());
      Address home =
          ownSites.stream()
              .map(OfferService::address)
              .filter(a -> a != null)
              .findFirst()
              .orElse(null);
      Contact contact =
          ownSites.stream()
              .filter(s -> s.getReferentEmail() != null || s.getReferentName() != null)
              .findFirst()
              .map(s -> new Contact(s.getReferentName(), s.getReferentEmail()))
              .orElse(null);
      Map<String, List<Action>> actions = new LinkedHashMap<>();
      Map<String, Cohort> firstOfFormation = new LinkedHashMap<>();
      for (Cohort c : own) {
        Address site = c.getMainSite() == null ? null : address(c.getMainSite());
        if (site == null && home == null) {
          leftOut.add(new LeftOut(o.getName(), c.getCode(), "noAddress"));
          continue;
        }
        String key = c.getProgramme().getId() + "/" + c.getCertificationVersion().getId();
        firstOfFormation.putIfAbsent(key, c);
        Site main = c.getMainSite();
        actions
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(
                new Action(
                    c.getCode(),
                    c.getModality(),
                    c.getOrganisationDays(),
                    c.getHostDays(),
                    site,
                    main != null && main.isAccessible(),
                    main == null ? null : main.getSpecificSupport(),
                    main == null
                            || (main.getReferentName() == null && main.getReferentEmail() == null)
                        ? null
                        : new Contact(main.getReferentName(), main.getReferentEmail()),
                    lines(cohortBlocks.getOrDefault(c.getId(), List.of())),
                    c.getStartDate(),
                    c.getEndDate(),
                    c.getMaxSize() - enrolled.getOrDefault(c.getId(), 0L)));
      }
      if (home == null && actions.isEmpty()) {
        continue;
      }
      List<Formation> formations = new ArrayList<>();
      for (var e : actions.entrySet()) {
        Cohort c = firstOfFormation.get(e.getKey());
        var v = c.getCertificationVersion();
        formations.add(
            new Formation(
                c.getProgramme().getTitle(),
                v.getTitle(),
                v.getRncpCode(),
                v.getLevel(),
                lines(versionBlocks.getOrDefault(v.getId(), List.of())),
                c.getProgramme().getPathHours(),
                c.getProgramme().getPlacementHours(),
                e.getValue()));
      }
      Address organisationAddress = home != null ? home : formations.get(0).actions().get(0).site();
      offers.add(
          new LheoOffer(
              new LheoOffer.Organisation(
                  o.getName(), o.getSiret(), o.getNda(), organisationAddress, contact),
              formations));
    }
    return new Gathered(offers, leftOut);
  }

  /** A site's postal address, or null when it lacks what LHÉO requires. */
  static Address address(Site s) {
    if (s.getAddress() == null
        || s.getAddress().isBlank()
        || s.getPostalCode() == null
        || !s.getPostalCode().matches(Site.POSTAL_CODE_PATTERN)
        || s.getCity() == null
        || s.getCity().isBlank()) {
      return null;
    }
    return new Address(
        s.getName(),
        s.getAddress(),
        s.getPostalCode(),
        s.getCity(),
        s.getLatitude(),
        s.getLongitude());
  }

  private static List<String> lines(List<Block> blocks) {
    return blocks.stream()
        .sorted(Comparator.comparingInt(Block::getOrder))
        .map(
            b ->
                b.getTitle() == null || b.getTitle().isBlank()
                    ? b.getCode()
                    : b.getCode() + " – " + b.getTitle())
        .toList();
  }

  private Map<Long, Long> enrolled(List<Cohort> cohorts) {
    Map<Long, Long> counts = new HashMap<>();
    if (!cohorts.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery("Enrolment.countsByCohorts", Object[].class)
              .setParameter("cohorts", cohorts)
              .getResultList()) {
        if (row[1] == EnrolmentStatus.ENROLLED) {
          counts.merge((Long) row[0], ((Number) row[2]).longValue(), Long::sum);
        }
      }
    }
    return counts;
  }

  private Map<Long, List<Block>> versionBlocks(List<Cohort> cohorts) {
    Map<Long, List<Block>> blocks = new HashMap<>();
    if (!cohorts.isEmpty()) {
      em.createQuery("SELECT b FROM Block b WHERE b.certificationVersion IN :versions", Block.class)
          .setParameter(
              "versions", cohorts.stream().map(Cohort::getCertificationVersion).distinct().toList())
          .getResultList()
          .forEach(
              b ->
                  blocks
                      .computeIfAbsent(b.getCertificationVersion().getId(), k -> new ArrayList<>())
                      .add(b));
    }
    return blocks;
  }

  private Map<Long, List<Block>> cohortBlocks(List<Cohort> cohorts) {
    Map<Long, List<Block>> blocks = new HashMap<>();
    if (!cohorts.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT c.id, b FROM Cohort c JOIN c.blocks b WHERE c.id IN :ids", Object[].class)
              .setParameter("ids", cohorts.stream().map(Cohort::getId).toList())
              .getResultList()) {
        blocks.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Block) row[1]);
      }
    }
    return blocks;
  }
}
