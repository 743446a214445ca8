package fr.capacite.application.cohort;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.AttendanceEntry;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.TrainingSession;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.referential.Block;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A learner's training documents ({@link TrainingDocuments}) from the recorded data: for the
 * learner themselves, and for the organisation's staff while the learner holds a place there
 * (anyone else: 404). The convocation exists once the place is the learner's, the certificate of
 * completion at any time (hours attended so far), the end-of-training attestation once the cohort
 * has ended.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.TRAINER, Role.Names.MEDIATOR})
public class TrainingDocumentService {

  /** The three documents. */
  public enum Kind {
    CONVOCATION,
    CERTIFICATE,
    END_OF_TRAINING
  }

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;

  private final Clock clock = Clock.system(CalendarWriter.ZONE);

  /** The document as PDF/A, in the language asked. */
  public byte[] document(long enrolmentId, Kind kind, Locale locale) {
    TrainingDocuments.Facts f = facts(enrolmentId, kind, locale);
    return switch (kind) {
      case CONVOCATION -> TrainingDocuments.convocation(f, locale);
      case CERTIFICATE -> TrainingDocuments.completionCertificate(f, locale);
      case END_OF_TRAINING -> TrainingDocuments.endOfTraining(f, locale);
    };
  }

  TrainingDocuments.Facts facts(long enrolmentId, Kind kind, Locale locale) {
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    if (e == null || e.getStatus() != EnrolmentStatus.ENROLLED) {
      throw new ObjectNotFoundException("enrolment", enrolmentId);
    }
    Cohort c = e.getCohort();
    boolean self = e.getLearner().getUsername().equals(ctx.getCallerPrincipal().getName());
    if (!self) {
      if (!(ctx.isCallerInRole(Role.Names.ADMIN)
          || ctx.isCallerInRole(Role.Names.ORG_MANAGER)
          || ctx.isCallerInRole(Role.Names.TRAINER))) {
        throw new ObjectNotFoundException("enrolment", enrolmentId);
      }
      try {
        access.visible(c.getOrganisation().getId());
      } catch (ObjectNotFoundException x) {
        throw new ObjectNotFoundException("enrolment", enrolmentId);
      }
    }
    LocalDate today = LocalDate.now(clock);
    if (kind == Kind.END_OF_TRAINING && !c.getEndDate().isBefore(today)) {
      throw new InvalidInputException("documents.end.tooEarly", c.getEndDate());
    }
    ResourceBundle b = ResourceBundle.getBundle(TrainingDocuments.BUNDLE, locale);
    List<TrainingSession> sessions =
        em.createQuery(
                "SELECT s FROM TrainingSession s LEFT JOIN FETCH s.site WHERE s.cohort = :c ORDER BY"
                    + " s.day, s.startTime",
                TrainingSession.class)
            .setParameter("c", c)
            .getResultList();
    Map<Long, AttendanceEntry> mine = new HashMap<>();
    em.createQuery(
            "SELECT e FROM AttendanceEntry e JOIN FETCH e.sheet a WHERE e.learner = :l AND"
                + " a.session.cohort = :c",
            AttendanceEntry.class)
        .setParameter("l", e.getLearner())
        .setParameter("c", c)
        .getResultList()
        .forEach(x -> mine.put(x.getSheet().getSession().getId(), x));
    List<TrainingDocuments.Session> attended =
        sessions.stream()
            .filter(
                s -> mine.containsKey(s.getId()) && mine.get(s.getId()).getSheet().isCertified())
            .map(
                s ->
                    new TrainingDocuments.Session(
                        s.getDay(),
                        s.getStartTime(),
                        s.getEndTime(),
                        s.getSite() == null ? null : s.getSite().getName(),
                        b.getString("AttendanceStatus." + mine.get(s.getId()).getStatus().name())))
            .toList();
    double hours =
        sessions.stream()
            .filter(
                s ->
                    mine.containsKey(s.getId())
                        && mine.get(s.getId()).getSheet().isCertified()
                        && mine.get(s.getId()).getStatus()
                            == fr.capacite.domain.cohort.AttendanceStatus.PRESENT)
            .mapToDouble(
                s ->
                    java.time.Duration.between(s.getStartTime(), s.getEndTime()).toMinutes() / 60.0)
            .sum();
    TrainingSession first =
        sessions.stream()
            .filter(s -> !s.getDay().isBefore(today))
            .findFirst()
            .orElse(sessions.isEmpty() ? null : sessions.get(0));
    Site site = c.getMainSite();
    List<Block> prepared =
        c.getBlocks().isEmpty()
            ? c.getCertificationVersion().getBlocks()
            : List.copyOf(c.getBlocks());
    Map<Long, BlockResult> results = new HashMap<>();
    if (!prepared.isEmpty()) {
      em.createQuery(
              "SELECT r FROM BlockResult r WHERE r.learner = :l AND r.block IN :blocks ORDER BY"
                  + " r.decidedOn",
              BlockResult.class)
          .setParameter("l", e.getLearner())
          .setParameter("blocks", prepared)
          .getResultList()
          .forEach(r -> results.put(r.getBlock().getId(), r));
    }
    var o = c.getOrganisation();
    return new TrainingDocuments.Facts(
        e.getLearner().getDisplayName(),
        o.getName(),
        o.getSiret(),
        o.getNda(),
        c.getTitle(),
        c.getCertificationVersion().getTitle(),
        c.getCertificationVersion().getRncpCode(),
        b.getString("Modality." + c.getModality().name()),
        site == null ? null : site.getName(),
        site == null
            ? null
            : site.getAddress() + ", " + site.getPostalCode() + " " + site.getCity(),
        site == null || site.getReferentEmail() == null
            ? null
            : (site.getReferentName() == null ? "" : site.getReferentName() + ", ")
                + site.getReferentEmail(),
        c.getStartDate(),
        c.getEndDate(),
        e.getPathHours(),
        c.getProgramme().getPlacementHours(),
        first == null
            ? null
            : new TrainingDocuments.Session(
                first.getDay(),
                first.getStartTime(),
                first.getEndTime(),
                first.getSite() == null ? null : first.getSite().getName(),
                null),
        attended,
        hours,
        prepared.stream()
            .sorted(Comparator.comparingInt(Block::getOrder))
            .map(
                blk -> {
                  BlockResult r = results.get(blk.getId());
                  return new TrainingDocuments.BlockOutcome(
                      blk.getCode(),
                      blk.getTitle(),
                      r == null ? null : r.isAcquired(),
                      r == null ? null : r.getDecidedOn());
                })
            .toList(),
        today);
  }
}
