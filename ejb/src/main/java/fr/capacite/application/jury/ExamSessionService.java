package fr.capacite.application.jury;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.CandidateEligibility;
import fr.capacite.domain.jury.CandidateSource;
import fr.capacite.domain.jury.ConflictScreening;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import fr.capacite.domain.jury.JuryMember;
import fr.capacite.domain.organisation.ExamCentreApproval;
import fr.capacite.domain.organisation.Site;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exam sessions: planned by an approved centre (R4), given candidates whose eligibility is checked
 * and explained (R6–R8, R11) and a jury of eligible jurors (R1, R2), each screened against each
 * candidate (R3, recomputed on every read, so a change of a cohort's trainers shows at once), then
 * opened for scoring once at least two eligible jurors can assess every candidate.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER, Role.Names.JUROR})
public class ExamSessionService {

  /** R1: jurors a session needs before scoring opens, for every candidate. */
  public static final int MIN_JURORS = 2;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;
  @EJB private JuryAccess jury;

  /** Sessions the caller may see: all (administrators), their centres', or those they judge. */
  public PageSlice<ExamSessionSummary> listSessions(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    String where =
        " WHERE :admin = TRUE OR (:manager = TRUE AND EXISTS (SELECT o FROM TrainingOrganisation o JOIN o.members m"
            + " WHERE o = s.centre AND m.username = :me)) OR EXISTS (SELECT j FROM JuryMember j WHERE j.session = s"
            + " AND j.juror.username = :me)";
    List<ExamSession> page =
        em.createQuery(
                "SELECT s FROM ExamSession s JOIN FETCH s.certificationVersion JOIN FETCH s.site JOIN FETCH s.centre"
                    + where
                    + " ORDER BY s.day DESC, s.id DESC",
                ExamSession.class)
            .setParameter("admin", access.isAdmin())
            .setParameter("manager", ctx.isCallerInRole(Role.Names.ORG_MANAGER))
            .setParameter("me", access.caller())
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(s) FROM ExamSession s" + where, Long.class)
            .setParameter("admin", access.isAdmin())
            .setParameter("manager", ctx.isCallerInRole(Role.Names.ORG_MANAGER))
            .setParameter("me", access.caller())
            .getSingleResult();
    return new PageSlice<>(
        page.stream()
            .map(
                x ->
                    new ExamSessionSummary(
                        x.getId(),
                        x.getTitle(),
                        x.getKind(),
                        x.getCertificationVersion().getCode(),
                        x.getCentre().getName(),
                        x.getSite().getName(),
                        x.getDay(),
                        x.getModality(),
                        x.getStatus()))
            .toList(),
        total,
        f,
        s);
  }

  /** The approvals of the centres the caller manages (all, for administrators). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public List<ApprovalChoice> myApprovals() {
    return em
        .createQuery(
            "SELECT a FROM ExamCentreApproval a JOIN FETCH a.organisation o JOIN FETCH a.certificationVersion"
                + " JOIN FETCH a.site WHERE :admin = TRUE OR EXISTS (SELECT m FROM TrainingOrganisation x JOIN"
                + " x.members m WHERE x = o AND m.username = :me) ORDER BY o.name, a.validFrom DESC",
            ExamCentreApproval.class)
        .setParameter("admin", access.isAdmin())
        .setParameter("me", access.caller())
        .setMaxResults(PageSlice.MAX_PAGE_SIZE)
        .getResultList()
        .stream()
        .map(
            a ->
                new ApprovalChoice(
                    a.getOrganisation().getId(),
                    a.getOrganisation().getName(),
                    a.getCertificationVersion().getId(),
                    a.getCertificationVersion().getCode(),
                    a.getSite().getId(),
                    a.getSite().getName(),
                    a.getValidFrom(),
                    a.getValidUntil()))
        .toList();
  }

  /** Plans a session at a centre the caller manages, if its approval covers it (R4). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public long createSession(long centreId, @NotNull @Valid ExamSessionForm form) {
    TrainingOrganisation centre = access.managed(centreId);
    CertificationVersion version = em.find(CertificationVersion.class, form.versionId());
    if (version == null) {
      throw new ObjectNotFoundException("version", form.versionId());
    }
    Site site = em.find(Site.class, form.siteId());
    if (site == null || !site.getOrganisation().getId().equals(centre.getId())) {
      throw new ObjectNotFoundException("site", form.siteId());
    }
    Set<Block> blocks = new HashSet<>();
    for (Long id : form.blockIds() == null ? List.<Long>of() : form.blockIds()) {
      Block b = em.find(Block.class, id);
      if (b == null) {
        throw new ObjectNotFoundException("block", id);
      }
      blocks.add(b);
    }
    if (form.day().isBefore(java.time.LocalDate.now(JurorService.ZONE))) {
      // Dates that hold: what was decided before enters as historical results, not as a session.
      throw new InvalidInputException("jury.session.pastDay", form.day());
    }
    List<Finding> problems =
        ExamSession.planProblems(version, form.kind(), blocks, form.modality());
    if (!problems.isEmpty()) {
      throw invalid(problems.get(0));
    }
    boolean approved =
        em
            .createNamedQuery("ExamCentreApproval.findByOrganisation", ExamCentreApproval.class)
            .setParameter("organisation", centre)
            .getResultList()
            .stream()
            .anyMatch(a -> a.covers(version, site, form.day()));
    if (!approved) {
      throw new InvalidInputException(
          "jury.session.notApproved", version.getCode(), site.getName(), form.day());
    }
    ExamSession s =
        new ExamSession(
            centre,
            site,
            version,
            form.kind(),
            blocks,
            form.day(),
            form.modality(),
            form.title().strip());
    em.persist(s);
    version.markUsedInExam();
    em.flush();
    audit.record(
        AuditKind.EXAM_SESSION_CHANGED, access.caller(), "exam-session:" + s.getId(), "planned");
    return s.getId();
  }

  public ExamSessionDetail getSession(long sessionId) {
    ExamSession s = jury.visible(sessionId);
    List<ExamCandidate> candidates = new JuryFacts(em).candidates(s);
    List<User> jurors = new JuryFacts(em).jurors(s);
    List<User> learners = candidates.stream().map(ExamCandidate::getLearner).toList();
    JuryFacts facts = new JuryFacts(em);
    Map<Long, CandidateEligibility.Facts> eligibility =
        facts.eligibility(s, learners, trainingEnds(candidates));
    Map<Long, List<Finding>> problems = facts.problems(jurors, s.getDay());
    Map<Long, ConflictScreening.Juror> jurorFacts = facts.jurors(jurors, learners);
    Map<Long, String> employers = new HashMap<>();
    candidates.forEach(c -> employers.put(c.getLearner().getId(), c.getEmployer()));
    Map<Long, ConflictScreening.Candidate> candidateFacts = facts.candidates(learners, employers);

    List<ExamSessionDetail.CandidateView> views = new ArrayList<>();
    List<Finding> opening = new ArrayList<>();
    long eligibleJurors = jurors.stream().filter(j -> problems.get(j.getId()).isEmpty()).count();
    if (eligibleJurors < MIN_JURORS) {
      opening.add(Finding.blocking("jury.open.tooFewJurors", eligibleJurors, MIN_JURORS));
    }
    if (candidates.isEmpty()) {
      opening.add(Finding.blocking("jury.open.noCandidate"));
    }
    if (java.time.LocalDate.now(JurorService.ZONE).isBefore(s.getDay())) {
      // Dates that hold: candidates are scored on the day of their exam, not before.
      opening.add(Finding.blocking("jury.open.notYet", s.getDay()));
    }
    for (ExamCandidate c : candidates) {
      User u = c.getLearner();
      List<Finding> checks = CandidateEligibility.check(s, eligibility.get(u.getId()));
      List<ExamSessionDetail.Exclusion> exclusions = new ArrayList<>();
      int assessors = 0;
      for (User j : jurors) {
        List<Finding> why =
            ConflictScreening.exclusions(jurorFacts.get(j.getId()), candidateFacts.get(u.getId()));
        if (!why.isEmpty()) {
          exclusions.add(new ExamSessionDetail.Exclusion(j.getId(), j.getDisplayName(), why));
        } else if (problems.get(j.getId()).isEmpty()) {
          assessors++;
        }
      }
      if (Finding.anyBlocking(checks)) {
        opening.add(Finding.blocking("jury.open.ineligibleCandidate", u.getDisplayName()));
      }
      if (eligibleJurors >= MIN_JURORS && assessors < MIN_JURORS) {
        opening.add(
            Finding.blocking(
                "jury.open.tooFewAssessors", u.getDisplayName(), assessors, MIN_JURORS));
      }
      views.add(
          new ExamSessionDetail.CandidateView(
              c.getId(),
              u.getId(),
              u.getUsername(),
              u.getDisplayName(),
              c.getSource(),
              c.getCohort() == null ? null : c.getCohort().getTitle(),
              c.getModality(),
              c.getEmployer(),
              checks,
              exclusions));
    }
    return new ExamSessionDetail(
        s.getId(),
        s.getTitle(),
        s.getKind(),
        s.getCertificationVersion().getCode(),
        s.getBlocksInOrder().stream().map(Block::getCode).toList(),
        s.getCentre().getId(),
        s.getCentre().getName(),
        s.getSite().getName(),
        s.getDay(),
        s.getModality(),
        s.getStatus(),
        s.getStatus().next(),
        access.canManage(s.getCentre().getId()),
        views,
        jurors.stream()
            .map(
                j ->
                    new ExamSessionDetail.JuryMemberView(
                        j.getId(), j.getUsername(), j.getDisplayName(), problems.get(j.getId())))
            .toList(),
        s.getStatus() == ExamStatus.PLANNED ? opening : List.of(),
        s.getDiscrepancyThreshold(),
        jurors.stream()
            .filter(j -> j.getUsername().equals(access.caller()))
            .map(User::getId)
            .findFirst()
            .orElse(null));
  }

  /**
   * Registers the learners of a cohort (those with a place) as candidates; those who may not sit
   * are left out, each with the reasons.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public CandidateOutcome addCohortCandidates(long sessionId, long cohortId) {
    ExamSession s = editable(sessionId);
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null || !access.canManage(cohort.getOrganisation().getId())) {
      throw new ObjectNotFoundException("cohort", cohortId);
    }
    Set<Long> already = new HashSet<>();
    new JuryFacts(em).candidates(s).forEach(c -> already.add(c.getLearner().getId()));
    List<User> learners =
        em
            .createNamedQuery("Enrolment.findByCohort", Enrolment.class)
            .setParameter("cohort", cohort)
            .getResultList()
            .stream()
            .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
            .map(Enrolment::getLearner)
            .filter(u -> !already.contains(u.getId()))
            .toList();
    Map<Long, java.time.LocalDate> ends = new HashMap<>();
    learners.forEach(u -> ends.put(u.getId(), cohort.getEndDate()));
    Map<Long, CandidateEligibility.Facts> facts = new JuryFacts(em).eligibility(s, learners, ends);
    int added = 0;
    List<CandidateOutcome.Refusal> refused = new ArrayList<>();
    for (User u : learners) {
      List<Finding> checks = CandidateEligibility.check(s, facts.get(u.getId()));
      if (Finding.anyBlocking(checks)) {
        refused.add(
            new CandidateOutcome.Refusal(
                u.getDisplayName(), checks.stream().filter(Finding::blocking).toList()));
        continue;
      }
      em.persist(new ExamCandidate(s, u, CandidateSource.COHORT, cohort, s.getModality(), null));
      added++;
    }
    em.flush();
    return new CandidateOutcome(added, refused);
  }

  /** Registers one person, from a VAE or directly; refused with the reason if they may not sit. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void addCandidate(
      long sessionId,
      String username,
      CandidateSource source,
      String employer,
      ExamModality modality) {
    ExamSession s = editable(sessionId);
    if (source == null || source == CandidateSource.COHORT) {
      throw new InvalidInputException("jury.candidate.sourceRequired");
    }
    User u =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username == null ? "" : username.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("jury.candidate.unknown", username));
    if (!u.hasRole(Role.MEDIATOR)) {
      throw new InvalidInputException("jury.candidate.notMediator", u.getUsername());
    }
    if (new JuryFacts(em).candidates(s).stream().anyMatch(c -> c.getLearner().equals(u))) {
      throw new InvalidInputException("jury.candidate.already", u.getDisplayName());
    }
    ExamModality how = modality == null ? s.getModality() : modality;
    if (how == ExamModality.REMOTE && s.getModality() != ExamModality.REMOTE) {
      throw new InvalidInputException("jury.candidate.remoteNeedsRemoteSession");
    }
    if (employer != null && employer.length() > 200) {
      throw new InvalidInputException("jury.candidate.employerTooLong");
    }
    CandidateEligibility.Facts f =
        new JuryFacts(em).eligibility(s, List.of(u), Map.of()).get(u.getId());
    List<Finding> checks = CandidateEligibility.check(s, f);
    checks.stream()
        .filter(Finding::blocking)
        .findFirst()
        .ifPresent(
            b -> {
              throw invalid(b);
            });
    em.persist(
        new ExamCandidate(
            s,
            u,
            source,
            null,
            how,
            employer == null || employer.isBlank() ? null : employer.strip()));
    em.flush();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void removeCandidate(long sessionId, long candidateId) {
    ExamSession s = editable(sessionId);
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null || !c.getSession().equals(s)) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    em.remove(c);
  }

  /** Adds a juror whose habilitation and experience hold on the session day (R1, R2). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void assignJuror(long sessionId, String username) {
    ExamSession s = editable(sessionId);
    User j =
        em.createNamedQuery("User.findByUsername", User.class)
            .setParameter("username", username == null ? "" : username.strip())
            .getResultStream()
            .findFirst()
            .filter(u -> u.hasRole(Role.JUROR) && u.isActive())
            .orElseThrow(() -> new InvalidInputException("jury.juror.notJuror", username));
    if (new JuryFacts(em).jurors(s).contains(j)) {
      throw new InvalidInputException("jury.juror.already", j.getDisplayName());
    }
    if (new JuryFacts(em).candidates(s).stream().anyMatch(c -> c.getLearner().equals(j))) {
      throw new InvalidInputException("jury.conflict.self");
    }
    List<Finding> problems = new JuryFacts(em).problems(List.of(j), s.getDay()).get(j.getId());
    if (!problems.isEmpty()) {
      throw invalid(problems.get(0));
    }
    em.persist(new JuryMember(s, j));
    em.flush();
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void unassignJuror(long sessionId, long jurorId) {
    ExamSession s = editable(sessionId);
    em
        .createNamedQuery("JuryMember.findBySession", JuryMember.class)
        .setParameter("session", s)
        .getResultList()
        .stream()
        .filter(m -> m.getJuror().getId() == jurorId)
        .findFirst()
        .ifPresentOrElse(
            em::remove,
            () -> {
              throw new ObjectNotFoundException("juror", jurorId);
            });
  }

  /** Sets the score gap above which a block is flagged for discussion (0–3 on the 1–4 scale). */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void setDiscrepancyThreshold(long sessionId, int points) {
    ExamSession s = managed(sessionId);
    if (s.getStatus() != ExamStatus.PLANNED && s.getStatus() != ExamStatus.OPEN) {
      throw new InvalidInputException("jury.session.thresholdLocked");
    }
    if (points < 0 || points > 3) {
      throw new InvalidInputException("jury.session.thresholdRange");
    }
    s.setDiscrepancyThreshold(points);
  }

  /**
   * Opens scoring (R1): every candidate eligible, each with at least two eligible, unconflicted
   * jurors.
   */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
  public void openForScoring(long sessionId) {
    ExamSession s = managed(sessionId);
    em.lock(s, LockModeType.PESSIMISTIC_WRITE);
    if (s.getStatus() != ExamStatus.PLANNED) {
      throw new InvalidInputException("jury.session.notPlanned");
    }
    List<Finding> problems = getSession(sessionId).openingProblems();
    if (!problems.isEmpty()) {
      throw invalid(problems.get(0));
    }
    s.advanceTo(ExamStatus.OPEN);
    audit.record(
        AuditKind.EXAM_SESSION_CHANGED, access.caller(), "exam-session:" + s.getId(), "opened");
  }

  private static InvalidInputException invalid(Finding f) {
    return new InvalidInputException(f.key(), f.arguments().toArray(new Serializable[0]));
  }

  private Map<Long, java.time.LocalDate> trainingEnds(List<ExamCandidate> candidates) {
    Map<Long, java.time.LocalDate> ends = new HashMap<>();
    candidates.stream()
        .filter(c -> c.getCohort() != null)
        .forEach(c -> ends.put(c.getLearner().getId(), c.getCohort().getEndDate()));
    return ends;
  }

  private ExamSession managed(long id) {
    ExamSession s = em.find(ExamSession.class, id);
    if (s == null || !access.canManage(s.getCentre().getId())) {
      throw new ObjectNotFoundException("exam-session", id);
    }
    return s;
  }

  /** A session the caller manages whose jury and candidates may still change. */
  private ExamSession editable(long id) {
    ExamSession s = managed(id);
    if (!s.getStatus().isEditable()) {
      throw new InvalidInputException("jury.session.locked");
    }
    return s;
  }
}
