package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.StateConflictException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.CompetenceOutcomes;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.TrainingRemark;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Competence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the jury sees, back to the training (issue 19): for an organisation, per competence, the
 * share of criteria its candidates met at published sessions beside the national share; and the
 * remarks jurors left on its training at deliberation, without their names. Shown to the
 * organisation's managers and to administrators; jurors write the remarks.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class JuryFeedbackService {

  /** Remarks shown: the latest. */
  public static final int REMARKS_SHOWN = 50;

  /** One competence: the organisation's share and the national one. */
  public record CompetenceRow(
      String code,
      String title,
      String certification,
      CompetenceOutcomes.Share organisation,
      CompetenceOutcomes.Share national)
      implements Serializable {}

  /** A remark as the organisation reads it: the session and its day, no juror. */
  public record Remark(String session, LocalDate day, String text) implements Serializable {}

  public record Feedback(List<CompetenceRow> competences, List<Remark> remarks, Instant computedAt)
      implements Serializable {}

  /** An organisation a juror may write about: one of the session's candidates trained there. */
  public record RemarkTarget(long organisationId, String organisation, String text)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private JuryAccess jury;
  @EJB private JuryOutcomeFigures figures;

  /** The jury's figures and remarks for an organisation its caller manages (or an admin). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public Feedback feedback(long organisationId) {
    if (!access.canManage(organisationId)) {
      throw new ObjectNotFoundException("organisation", organisationId);
    }
    JuryOutcomeFigures.Counts mine = figures.of(organisationId);
    JuryOutcomeFigures.Counts all = figures.national();
    List<CompetenceRow> rows =
        mine.byCompetence().isEmpty()
            ? List.of()
            : em
                .createQuery(
                    "SELECT c FROM Competence c JOIN FETCH c.block b JOIN FETCH"
                        + " b.certificationVersion WHERE c.id IN :ids",
                    Competence.class)
                .setParameter("ids", mine.byCompetence().keySet())
                .getResultList()
                .stream()
                .sorted(
                    Comparator.comparing(
                            (Competence c) -> c.getBlock().getCertificationVersion().getTitle())
                        .thenComparing(c -> c.getBlock().getCode())
                        .thenComparingInt(Competence::getOrder))
                .map(
                    c ->
                        new CompetenceRow(
                            c.getBlock().getCode() + "." + c.getOrder(),
                            c.getTitle(),
                            c.getBlock().getCertificationVersion().getTitle(),
                            mine.byCompetence().get(c.getId()),
                            all.byCompetence()
                                .getOrDefault(c.getId(), new CompetenceOutcomes.Share(0, 0, 0))))
                .toList();
    List<Remark> remarks =
        em.createQuery(
                "SELECT r FROM TrainingRemark r JOIN FETCH r.session s WHERE r.organisation.id ="
                    + " :org AND s.status = :published ORDER BY s.day DESC, r.id",
                TrainingRemark.class)
            .setParameter("org", organisationId)
            .setParameter("published", ExamStatus.PUBLISHED)
            .setMaxResults(REMARKS_SHOWN)
            .getResultStream()
            .map(r -> new Remark(r.getSession().getTitle(), r.getSession().getDay(), r.getText()))
            .toList();
    Instant computedAt =
        mine.computedAt().isBefore(all.computedAt()) ? mine.computedAt() : all.computedAt();
    return new Feedback(rows, remarks, computedAt);
  }

  /**
   * The organisations a juror of the session may write about (where its candidates were trained),
   * with the caller's remark on each.
   */
  @RolesAllowed(Role.Names.JUROR)
  public List<RemarkTarget> remarkTargets(long sessionId) {
    ExamSession s = session(sessionId);
    User me =
        jury.findSeat(s).orElseThrow(() -> new ObjectNotFoundException("exam-session", sessionId));
    Map<Long, String> mine =
        em.createQuery(
                "SELECT r FROM TrainingRemark r WHERE r.session = :s AND r.juror = :me",
                TrainingRemark.class)
            .setParameter("s", s)
            .setParameter("me", me)
            .getResultStream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.getOrganisation().getId(), TrainingRemark::getText));
    return em.createQuery(
            "SELECT DISTINCT o FROM ExamCandidate c JOIN c.cohort k JOIN k.organisation o WHERE"
                + " c.session = :s ORDER BY o.name",
            TrainingOrganisation.class)
        .setParameter("s", s)
        .getResultStream()
        .map(o -> new RemarkTarget(o.getId(), o.getName(), mine.get(o.getId())))
        .toList();
  }

  /**
   * A juror's remark on the training of one of the session's organisations, until the PV is signed;
   * a blank text takes it back.
   */
  @RolesAllowed(Role.Names.JUROR)
  public void remark(long sessionId, long organisationId, String text) {
    ExamSession s = session(sessionId);
    User me =
        jury.findSeat(s).orElseThrow(() -> new ObjectNotFoundException("exam-session", sessionId));
    // One of the session's candidates trained there (the seat is read once, above).
    boolean trainedThere =
        em.createQuery(
                    "SELECT COUNT(c) FROM ExamCandidate c WHERE c.session = :s AND"
                        + " c.cohort.organisation.id = :org",
                    Long.class)
                .setParameter("s", s)
                .setParameter("org", organisationId)
                .getSingleResult()
            > 0;
    if (!trainedThere) {
      throw new ObjectNotFoundException("organisation", organisationId);
    }
    // The rule is the remark's (TrainingRemark.open); asked here too for a remark taken back,
    // which writes nothing.
    if (!TrainingRemark.open(s)) {
      throw new StateConflictException("jury.remark.closed");
    }
    TrainingRemark r =
        em.createQuery(
                "SELECT r FROM TrainingRemark r WHERE r.session = :s AND r.juror = :me AND"
                    + " r.organisation.id = :org",
                TrainingRemark.class)
            .setParameter("s", s)
            .setParameter("me", me)
            .setParameter("org", organisationId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (text == null || text.isBlank()) {
      if (r != null) {
        em.remove(r);
      }
      return;
    }
    if (r == null) {
      r = new TrainingRemark(s, em.find(TrainingOrganisation.class, organisationId), me);
      em.persist(r);
    }
    try {
      r.write(text, Instant.now());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage(), TrainingRemark.TEXT_MAX);
    }
  }

  private ExamSession session(long id) {
    ExamSession s = em.find(ExamSession.class, id);
    if (s == null) {
      throw new ObjectNotFoundException("exam-session", id);
    }
    return s;
  }
}
