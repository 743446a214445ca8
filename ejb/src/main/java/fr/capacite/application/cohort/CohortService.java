package fr.capacite.application.cohort;

import fr.capacite.application.cohort.CohortDetail.EnrolmentView;
import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.CohortInvitation;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.InvitationStatus;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.cohort.WithdrawalReason;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cohorts and enrolments. A cohort never exceeds its capacity: enrolments into one cohort are
 * serialised by a lock on its row, so concurrent requests are counted one after the other; overflow
 * goes to an ordered waiting list, promoted when a place comes free (R12).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER})
public class CohortService {

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;
  @EJB private OfferCatalogue catalogue;
  @EJB private fr.capacite.application.shared.NotificationService notifications;

  @jakarta.inject.Inject
  private jakarta.enterprise.event.Event<CohortTrainersChanged> trainersChanged;

  public List<CohortSummary> listCohorts(long organisationId) {
    TrainingOrganisation o = access.visible(organisationId);
    List<Cohort> cohorts =
        em.createNamedQuery("Cohort.findByOrganisation", Cohort.class)
            .setParameter("organisation", o)
            .getResultList();
    Map<Long, Map<EnrolmentStatus, Long>> counts = new HashMap<>();
    if (!cohorts.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery("Enrolment.countsByCohorts", Object[].class)
              .setParameter("cohorts", cohorts)
              .getResultList()) {
        counts
            .computeIfAbsent((Long) row[0], k -> new HashMap<>())
            .put((EnrolmentStatus) row[1], ((Number) row[2]).longValue());
      }
    }
    return cohorts.stream()
        .map(
            c -> {
              var n = counts.getOrDefault(c.getId(), Map.of());
              return new CohortSummary(
                  c.getId(),
                  c.getCode(),
                  c.getTitle(),
                  c.getCertificationVersion().getCode(),
                  c.getProgramme().getTitle(),
                  c.getStartDate(),
                  c.getEndDate(),
                  c.getModality(),
                  c.getMaxSize(),
                  n.getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                  n.getOrDefault(EnrolmentStatus.WAITING, 0L));
            })
        .toList();
  }

  public CohortDetail getCohort(long cohortId) {
    Cohort c = visibleCohort(cohortId);
    List<EnrolmentView> enrolments =
        em
            .createNamedQuery("Enrolment.findByCohort", Enrolment.class)
            .setParameter("cohort", c)
            .getResultList()
            .stream()
            .map(
                e ->
                    new EnrolmentView(
                        e.getId(),
                        e.getLearner().getUsername(),
                        e.getLearner().getDisplayName(),
                        e.getStatus(),
                        e.getWaitingRank(),
                        e.getPathHours(),
                        e.getPositioningNote(),
                        e.getCcp1Evidence(),
                        e.getAtRiskSince() != null,
                        e.getWithdrawalReason(),
                        e.getWithdrawalNote(),
                        !e.isAccepted() && e.getStatus() != EnrolmentStatus.WITHDRAWN))
            .toList();
    CohortForm form =
        new CohortForm(
            c.getCode(),
            c.getTitle(),
            c.getProgramme().getId(),
            c.getCertificationVersion().getId(),
            ids(c.getBlocks().stream().map(Block::getId).toList()),
            c.getStartDate(),
            c.getEndDate(),
            c.getMaxSize(),
            c.getModality(),
            c.getMainSite() == null ? null : c.getMainSite().getId(),
            ids(c.getTrainers().stream().map(User::getId).toList()),
            c.getOrganisationDays(),
            c.getHostDays());
    return new CohortDetail(
        c.getId(),
        c.getVersion(),
        c.getOrganisation().getId(),
        c.getOrganisation().getName(),
        c.getCertificationVersion().getCode(),
        c.getProgramme().getTitle(),
        List.copyOf(c.getProgramme().getPathHours()),
        c.getProgramme().getPlacementHours(),
        c.requiresCcp1(),
        form,
        c.getBlocks().stream()
            .sorted(Comparator.comparingInt(Block::getOrder))
            .map(Block::getCode)
            .toList(),
        c.getTrainers().stream().map(User::getUsername).sorted().toList(),
        enrolments);
  }

  public List<Programme> listProgrammes() {
    return em.createNamedQuery("Programme.findAll", Programme.class).getResultList();
  }

  /** Members of the organisation with the trainer role: who may be assigned to its cohorts. */
  public List<User> listTrainers(long organisationId) {
    return access.visible(organisationId).getMembers().stream()
        .filter(u -> u.hasRole(Role.TRAINER))
        .sorted(Comparator.comparing(User::getUsername))
        .toList();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public long createCohort(long organisationId, @NotNull @Valid CohortForm form) {
    TrainingOrganisation o = access.managed(organisationId);
    Programme p = form.programmeId() == null ? null : em.find(Programme.class, form.programmeId());
    CertificationVersion v =
        form.versionId() == null ? null : em.find(CertificationVersion.class, form.versionId());
    if (p == null || v == null) {
      throw new InvalidInputException("cohort.programmeAndVersionRequired");
    }
    String code = form.code().trim();
    if (!em.createNamedQuery("Cohort.findByCode", Cohort.class)
        .setParameter("organisation", o)
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("cohort.codeTaken", code);
    }
    Cohort c = new Cohort(o, p, v, code);
    describe(c, o, form);
    em.persist(c);
    em.flush();
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + o.getSiret(),
        "cohort " + code + " created");
    return c.getId();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void updateCohort(long cohortId, long expectedVersion, @NotNull @Valid CohortForm form) {
    Cohort c = managedCohort(cohortId, true);
    if (c.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    long enrolled = count(c, EnrolmentStatus.ENROLLED);
    if (form.maxSize() < enrolled) {
      throw new InvalidInputException("cohort.capacity.belowEnrolled", enrolled);
    }
    Set<Long> trainersBefore =
        new HashSet<>(ids(c.getTrainers().stream().map(User::getId).toList()));
    describe(c, c.getOrganisation(), form);
    if (!trainersBefore.equals(
        new HashSet<>(ids(c.getTrainers().stream().map(User::getId).toList())))) {
      trainersChanged.fire(new CohortTrainersChanged(c.getId()));
    }
    if (c.isOfferPublished()) {
      // A published offer keeps saying where it takes place.
      if (c.getMainSite() == null && c.getModality() != fr.capacite.domain.cohort.Modality.REMOTE) {
        throw new InvalidInputException("cohort.offer.noSite");
      }
      catalogue.changed();
    }
    // A larger capacity makes room for learners on the waiting list, in their order.
    for (long free = form.maxSize() - enrolled; free > 0; free--) {
      if (!promoteFirstWaiting(c)) {
        break;
      }
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException();
    }
  }

  /** What a manager says of a cohort in the public catalogue (its LHÉO price and fundings). */
  public record OfferForm(
      boolean published,
      java.math.BigDecimal price,
      Set<fr.capacite.domain.cohort.Funding> funding,
      String details)
      implements java.io.Serializable {}

  /** The cohort's offer as it stands, for those who see the cohort. */
  public OfferForm offerOf(long cohortId) {
    Cohort c = visibleCohort(cohortId);
    return new OfferForm(
        c.isOfferPublished(), c.getPrice(), Set.copyOf(c.getFunding()), c.getOfferDetails());
  }

  /**
   * Publishes the cohort in the public catalogue, or changes or withdraws its offer. Refused with a
   * translated reason: a price out of range, details too long, no site for a cohort not wholly
   * remote, a cohort that has ended; a concurrent change of the cohort is a conflict.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void describeOffer(long cohortId, long expectedVersion, @NotNull OfferForm form) {
    Cohort c = managedCohort(cohortId, false);
    if (c.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    try {
      c.offer(
          form.published(),
          form.price(),
          form.funding(),
          form.details(),
          java.time.LocalDate.now(CalendarWriter.ZONE));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          switch (e.getMessage()) {
            case "price out of range" -> "cohort.offer.badPrice";
            case "details too long" -> "cohort.offer.detailsTooLong";
            case "no site" -> "cohort.offer.noSite";
            case "ended" -> "cohort.offer.ended";
            default -> throw e;
          },
          Cohort.OFFER_DETAILS_MAX);
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException();
    }
    audit.recordWithChange(
        AuditKind.ORGANISATION_CHANGED,
        access.caller(),
        "organisation:" + c.getOrganisation().getSiret(),
        "cohort "
            + c.getCode()
            + (form.published() ? " offered in the catalogue" : " not offered"));
    catalogue.changed();
  }

  /** A person a manager may enrol, as suggested while typing: user name, name and e-mail. */
  public record LearnerChoice(String username, String name, String email)
      implements java.io.Serializable {}

  /**
   * Up to ten active mediators whose name, user name or e-mail contains what the manager typed
   * (three characters at least: the list of accounts is not browsed), for the cohort's managers.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<LearnerChoice> learnerSuggestions(long cohortId, String typed) {
    managedCohort(cohortId, true);
    String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (q.length() < 3) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
    return em
        .createQuery(
            "SELECT u FROM User u JOIN u.roles r WHERE u.active = TRUE AND r = :mediator AND"
                + " (LOWER(u.displayName) LIKE :q OR LOWER(u.email) LIKE :q OR u.username LIKE"
                + " :q) ORDER BY u.displayName",
            User.class)
        .setParameter("mediator", Role.MEDIATOR)
        .setParameter("q", like)
        .setMaxResults(10)
        .getResultList()
        .stream()
        .map(u -> new LearnerChoice(u.getUsername(), u.getDisplayName(), u.getEmail()))
        .toList();
  }

  /**
   * Enrols a learner: a place while there is room, else the next rank on the waiting list. The path
   * hours must be one the programme allows; a CCP2/CCP3 cohort needs proof of CCP1 (R11).
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public EnrolmentOutcome enrol(
      long cohortId,
      String learnerUsername,
      int pathHours,
      String positioningNote,
      String ccp1Evidence) {
    return enrolLocked(
        managedCohort(cohortId, true),
        learnerUsername,
        pathHours,
        positioningNote,
        ccp1Evidence,
        false);
  }

  /**
   * Enrols a learner whose application the manager accepted: the same rules (hours, R11, capacity
   * and waiting list), and the place is theirs at once, since they asked for it (their application
   * is their consent). Called by {@link ApplicationService} within its transaction.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public EnrolmentOutcome enrolApplicant(
      long cohortId, String learnerUsername, int pathHours, String ccp1Evidence) {
    return enrolLocked(
        managedCohort(cohortId, true), learnerUsername, pathHours, null, ccp1Evidence, true);
  }

  /**
   * Enrols the caller, who has just accepted an invitation by its link (InvitationService checked
   * the link and recorded the answer in this transaction): the same rules (hours, R11, capacity and
   * waiting list), and the place is theirs at once, their answer being their consent.
   */
  @RolesAllowed(Role.Names.MEDIATOR)
  public EnrolmentOutcome enrolInvited(long invitationId, String ccp1Evidence) {
    CohortInvitation i = em.find(CohortInvitation.class, invitationId);
    String me = access.caller();
    if (i == null
        || i.getStatus() != InvitationStatus.ACCEPTED
        || i.getLearner() == null
        || !i.getLearner().getUsername().equals(me)
        || i.getAnsweredAt().isBefore(java.time.Instant.now().minusSeconds(60))) {
      throw new ObjectNotFoundException("invitation", invitationId);
    }
    Cohort c = em.find(Cohort.class, i.getCohort().getId(), LockModeType.PESSIMISTIC_WRITE);
    return enrolLocked(c, me, i.getPathHours(), null, ccp1Evidence, true);
  }

  private EnrolmentOutcome enrolLocked(
      Cohort c,
      String learnerUsername,
      int pathHours,
      String positioningNote,
      String ccp1Evidence,
      boolean consented) {
    User learner =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter(
                "username",
                learnerUsername == null ? "" : learnerUsername.trim().toLowerCase(Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException("cohort.enrolment.unknownLearner", learnerUsername));
    if (!learner.hasRole(Role.MEDIATOR)) {
      throw new InvalidInputException("cohort.enrolment.notMediator", learner.getUsername());
    }
    if (!c.getProgramme().allows(pathHours)) {
      throw new InvalidInputException("cohort.enrolment.hoursNotAllowed", pathHours);
    }
    if (c.requiresCcp1() && (ccp1Evidence == null || ccp1Evidence.isBlank())) {
      throw new InvalidInputException("cohort.enrolment.ccp1Required");
    }
    Enrolment existing =
        em.createNamedQuery("Enrolment.findByCohortAndLearner", Enrolment.class)
            .setParameter("cohort", c)
            .setParameter("learner", learner)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing != null && existing.getStatus() != EnrolmentStatus.WITHDRAWN) {
      throw new InvalidInputException("cohort.enrolment.already", learner.getUsername());
    }
    if (existing != null) {
      em.remove(existing);
      em.flush();
    }
    boolean room = count(c, EnrolmentStatus.ENROLLED) < c.getMaxSize();
    Integer maxRank =
        em.createNamedQuery("Enrolment.maxWaitingRank", Integer.class)
            .setParameter("cohort", c)
            .getSingleResult();
    Enrolment e = new Enrolment(c, learner, pathHours, room, maxRank == null ? 1 : maxRank + 1);
    e.recordPositioning(blankToNull(positioningNote), blankToNull(ccp1Evidence));
    em.persist(e);
    em.flush();
    if (consented) {
      e.accept(java.time.Instant.now());
      return new EnrolmentOutcome(e.getId(), e.getStatus(), e.getWaitingRank());
    }
    // The place waits for the learner's acceptance: until then the organisation sees nothing of
    // their own data (plan, Pix levels, modules).
    notifications.send(
        learner,
        "notification.placeOffered",
        "/path/index.xhtml",
        List.of(c.getOrganisation().getName(), c.getTitle()));
    return new EnrolmentOutcome(e.getId(), e.getStatus(), e.getWaitingRank());
  }

  /**
   * Withdraws a learner for a reason (motif d'abandon); a freed place goes to the first learner
   * waiting.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void withdraw(long cohortId, long enrolmentId, WithdrawalReason reason, String note) {
    Cohort c = managedCohort(cohortId, true);
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    if (e == null || !e.getCohort().getId().equals(c.getId())) {
      throw new ObjectNotFoundException("enrolment", enrolmentId);
    }
    if (reason == null) {
      throw new InvalidInputException("cohort.enrolment.reasonRequired");
    }
    if (e.getStatus() == EnrolmentStatus.WITHDRAWN) {
      throw new InvalidInputException("cohort.enrolment.alreadyWithdrawn");
    }
    if (note != null && note.length() > 500) {
      throw new InvalidInputException("cohort.enrolment.noteTooLong");
    }
    boolean freesAPlace = e.getStatus() == EnrolmentStatus.ENROLLED;
    e.withdraw(reason, blankToNull(note));
    em.flush();
    if (freesAPlace) {
      promoteFirstWaiting(c);
    }
  }

  /** The learner accepts the place offered: the organisation may then follow their path. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void acceptPlace(long enrolmentId) {
    Enrolment e = ownOffer(enrolmentId);
    e.accept(java.time.Instant.now());
    audit.record(
        AuditKind.ENROLMENT_CONSENT,
        access.caller(),
        "cohort:" + e.getCohort().getCode(),
        "place accepted");
  }

  /** The learner declines the place offered: it is freed for the first learner waiting. */
  @RolesAllowed(Role.Names.MEDIATOR)
  public void declinePlace(long enrolmentId) {
    Cohort c = release(ownOffer(enrolmentId));
    audit.record(
        AuditKind.ENROLMENT_CONSENT, access.caller(), "cohort:" + c.getCode(), "place declined");
  }

  /** Removes a place never accepted; a place it frees goes to the first learner waiting. */
  private Cohort release(Enrolment e) {
    Cohort c = e.getCohort();
    boolean freesAPlace = e.getStatus() == EnrolmentStatus.ENROLLED;
    em.remove(e);
    em.flush();
    if (freesAPlace) {
      promoteFirstWaiting(c);
    }
    return c;
  }

  /**
   * Releases the places offered to a person who will never answer them (their account is being
   * erased): each is removed as if declined, and a freed place goes to the first learner waiting.
   * Open because erasure also runs from the nightly retention job, which has no caller; only
   * PersonalDataService calls it, and no page or endpoint reaches it.
   */
  @jakarta.annotation.security.PermitAll
  public void releaseOffersOf(long learnerId, String actor) {
    List<Enrolment> waiting =
        em.createQuery(
                "SELECT e FROM Enrolment e WHERE e.learner.id = :learner AND e.acceptedAt IS NULL"
                    + " AND e.status <> fr.capacite.domain.cohort.EnrolmentStatus.WITHDRAWN",
                Enrolment.class)
            .setParameter("learner", learnerId)
            .getResultList();
    for (Enrolment e : waiting) {
      Cohort c = release(e);
      audit.record(
          AuditKind.ENROLMENT_CONSENT,
          actor,
          "cohort:" + c.getCode(),
          "place released: the person offered it was erased");
    }
  }

  /** A place offered to the caller that still waits for their answer. */
  private Enrolment ownOffer(long enrolmentId) {
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    if (e == null
        || !e.getLearner().getUsername().equals(access.caller())
        || e.getStatus() == EnrolmentStatus.WITHDRAWN) {
      throw new ObjectNotFoundException("enrolment", enrolmentId);
    }
    if (e.isAccepted()) {
      throw new InvalidInputException("cohort.enrolment.alreadyAccepted");
    }
    return e;
  }

  private boolean promoteFirstWaiting(Cohort c) {
    return em.createNamedQuery("Enrolment.findFirstWaiting", Enrolment.class)
        .setParameter("cohort", c)
        .setParameter("status", EnrolmentStatus.WAITING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            w -> {
              w.promote();
              return true;
            })
        .orElse(false);
  }

  private void describe(Cohort c, TrainingOrganisation o, CohortForm form) {
    if (form.end().isBefore(form.start())) {
      throw new InvalidInputException("cohort.badPeriod");
    }
    if (form.maxSize() < 1) {
      throw new InvalidInputException("cohort.capacity.tooSmall");
    }
    Site site = null;
    if (form.mainSiteId() != null) {
      site = em.find(Site.class, form.mainSiteId());
      if (site == null || !site.getOrganisation().getId().equals(o.getId())) {
        throw new ObjectNotFoundException("site", form.mainSiteId());
      }
    }
    Set<Block> blocks = new HashSet<>();
    for (Long id : orEmpty(form.blockIds())) {
      Block b = em.find(Block.class, id);
      if (b == null
          || !b.getCertificationVersion().getId().equals(c.getCertificationVersion().getId())) {
        throw new ObjectNotFoundException("block", id);
      }
      blocks.add(b);
    }
    if (blocks.isEmpty()) {
      throw new InvalidInputException("cohort.blocksRequired");
    }
    Set<User> trainers = new HashSet<>();
    Map<Long, User> allowed = new HashMap<>();
    o.getMembers().stream()
        .filter(u -> u.hasRole(Role.TRAINER))
        .forEach(u -> allowed.put(u.getId(), u));
    for (Long id : orEmpty(form.trainerIds())) {
      User t = allowed.get(id);
      if (t == null) {
        throw new InvalidInputException("cohort.trainerNotMember");
      }
      trainers.add(t);
    }
    Set<DayOfWeek> atOrganisation =
        form.organisationDays() == null ? EnumSet.noneOf(DayOfWeek.class) : form.organisationDays();
    Set<DayOfWeek> inHost =
        form.hostDays() == null ? EnumSet.noneOf(DayOfWeek.class) : form.hostDays();
    if (atOrganisation.stream().anyMatch(inHost::contains)) {
      throw new InvalidInputException("cohort.rhythm.overlap");
    }
    c.plan(form.title().trim(), form.start(), form.end(), form.maxSize(), form.modality(), site);
    c.target(blocks);
    c.assignTrainers(trainers);
    c.rhythm(atOrganisation, inHost);
  }

  private Cohort visibleCohort(long cohortId) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    try {
      access.visible(c.getOrganisation().getId());
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    return c;
  }

  /** The cohort if the caller may change it, locked when enrolments are counted. */
  private Cohort managedCohort(long cohortId, boolean lock) {
    Cohort c = visibleCohort(cohortId);
    try {
      access.managed(c.getOrganisation().getId());
    } catch (ObjectNotFoundException e) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    if (lock) {
      em.lock(c, LockModeType.PESSIMISTIC_WRITE);
    }
    return c;
  }

  private long count(Cohort c, EnrolmentStatus status) {
    return em.createNamedQuery("Enrolment.countByStatus", Long.class)
        .setParameter("cohort", c)
        .setParameter("status", status)
        .getSingleResult();
  }

  private static Set<Long> ids(List<Long> ids) {
    return Set.copyOf(ids);
  }

  private static <T> Set<T> orEmpty(Set<T> s) {
    return s == null ? Set.of() : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
