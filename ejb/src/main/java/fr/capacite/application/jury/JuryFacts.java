package fr.capacite.application.jury;

import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.BlockResult;
import fr.capacite.domain.jury.CandidateEligibility;
import fr.capacite.domain.jury.Capitalisation;
import fr.capacite.domain.jury.ConflictDeclaration;
import fr.capacite.domain.jury.ConflictScreening;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamSession;
import fr.capacite.domain.jury.JurorProfile;
import fr.capacite.domain.jury.JuryMember;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.BlockEquivalence;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers, in a fixed number of queries, what the eligibility (R6–R8, R11) and conflict (R3) rules
 * need to know about the candidates and jurors of one session.
 */
final class JuryFacts {

  private final EntityManager em;

  /** Profiles read by this gathering, by user id: fitness and conflicts both need them. */
  private final Map<Long, JurorProfile> profiles = new HashMap<>();

  private final Set<Long> profilesAsked = new HashSet<>();

  JuryFacts(EntityManager em) {
    this.em = em;
  }

  /** The session's candidates, with their learner and cohort, by name. */
  List<ExamCandidate> candidates(ExamSession s) {
    return em.createNamedQuery("ExamCandidate.findBySession", ExamCandidate.class)
        .setParameter("session", s)
        .getResultList();
  }

  /** The session's jurors, by name. */
  List<User> jurors(ExamSession s) {
    return em
        .createNamedQuery("JuryMember.findBySession", JuryMember.class)
        .setParameter("session", s)
        .getResultList()
        .stream()
        .map(JuryMember::getJuror)
        .toList();
  }

  /** Eligibility facts per learner id; {@code trainedBy} gives a known training end per learner. */
  Map<Long, CandidateEligibility.Facts> eligibility(
      ExamSession session, List<User> learners, Map<Long, LocalDate> trainingEnds) {
    Map<Long, CandidateEligibility.Facts> facts = new HashMap<>();
    if (learners.isEmpty()) {
      return facts;
    }
    Map<Long, List<BlockResult>> history = new HashMap<>();
    em.createNamedQuery("BlockResult.findByLearners", BlockResult.class)
        .setParameter("learners", learners)
        .getResultList()
        .forEach(
            r -> history.computeIfAbsent(r.getLearner().getId(), k -> new ArrayList<>()).add(r));
    List<BlockEquivalence> equivalences =
        em.createNamedQuery("BlockEquivalence.findAll", BlockEquivalence.class).getResultList();
    Map<Long, List<LocalDate>> titleDays = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT c.learner.id, c.session.day FROM ExamCandidate c WHERE c.learner IN :learners AND"
                    + " c.session.kind = fr.capacite.domain.jury.ExamKind.TITLE AND c.session <> :session",
                Object[].class)
            .setParameter("learners", learners)
            .setParameter("session", session)
            .getResultList()) {
      titleDays.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((LocalDate) row[1]);
    }
    Map<Long, LocalDate> ends = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.learner.id, MAX(e.cohort.endDate) FROM Enrolment e WHERE e.learner IN :learners AND"
                    + " e.status = :enrolled AND e.cohort.endDate <= :day GROUP BY e.learner.id",
                Object[].class)
            .setParameter("learners", learners)
            .setParameter("enrolled", EnrolmentStatus.ENROLLED)
            .setParameter("day", session.getDay())
            .getResultList()) {
      ends.put((Long) row[0], (LocalDate) row[1]);
    }
    ends.putAll(trainingEnds);
    Set<Block> assessed = session.getBlocks();
    Map<Long, Capitalisation.ExtraYear> extra = extraYears(session, learners);
    for (User u : learners) {
      List<BlockResult> h = history.getOrDefault(u.getId(), List.of());
      Map<Block, Capitalisation.Held> held =
          Capitalisation.held(
              h,
              equivalences,
              session.getCertificationVersion(),
              session.getDay(),
              extra.get(u.getId()));
      LocalDate lastFailure =
          h.stream()
              .filter(r -> !r.isAcquired() && assessed.contains(r.getBlock()))
              .map(BlockResult::getDecidedOn)
              .max(LocalDate::compareTo)
              .orElse(null);
      facts.put(
          u.getId(),
          new CandidateEligibility.Facts(
              held,
              Capitalisation.titleHeld(held, session.getCertificationVersion()),
              titleDays.getOrDefault(u.getId(), List.of()),
              lastFailure,
              ends.get(u.getId()),
              extra.get(u.getId())));
    }
    return facts;
  }

  /**
   * R7's extra-year facts per learner id: the day they were registered for the session (today for
   * one being registered now) and the first day of their training on the session's version.
   */
  Map<Long, Capitalisation.ExtraYear> extraYears(ExamSession session, List<User> learners) {
    Map<Long, LocalDate> registered = new HashMap<>();
    Map<Long, LocalDate> started = new HashMap<>();
    if (!learners.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT c.learner.id, c.registeredAt FROM ExamCandidate c WHERE c.session = :s AND"
                      + " c.learner IN :learners",
                  Object[].class)
              .setParameter("s", session)
              .setParameter("learners", learners)
              .getResultList()) {
        registered.put(
            (Long) row[0], ((java.time.Instant) row[1]).atZone(JurorService.ZONE).toLocalDate());
      }
      for (Object[] row :
          em.createQuery(
                  "SELECT e.learner.id, MIN(e.cohort.startDate) FROM Enrolment e WHERE e.learner IN"
                      + " :learners AND e.status = :enrolled AND e.cohort.certificationVersion = :v"
                      + " GROUP BY e.learner.id",
                  Object[].class)
              .setParameter("learners", learners)
              .setParameter("enrolled", EnrolmentStatus.ENROLLED)
              .setParameter("v", session.getCertificationVersion())
              .getResultList()) {
        started.put((Long) row[0], (LocalDate) row[1]);
      }
    }
    LocalDate today = LocalDate.now(JurorService.ZONE);
    Map<Long, Capitalisation.ExtraYear> out = new HashMap<>();
    for (User u : learners) {
      out.put(
          u.getId(),
          new Capitalisation.ExtraYear(
              registered.getOrDefault(u.getId(), today), started.get(u.getId())));
    }
    return out;
  }

  /** What conflict screening knows of each juror, by user id. */
  Map<Long, ConflictScreening.Juror> jurors(List<User> jurors, List<User> candidates) {
    Map<Long, ConflictScreening.Juror> out = new HashMap<>();
    if (jurors.isEmpty()) {
      return out;
    }
    Map<Long, Set<Long>> trains = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT t.id, c.id FROM Cohort c JOIN c.trainers t WHERE t IN :jurors",
                Object[].class)
            .setParameter("jurors", jurors)
            .getResultList()) {
      trains.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    Map<Long, Set<Long>> memberOf = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT m.id, o.id FROM TrainingOrganisation o JOIN o.members m WHERE m IN :jurors",
                Object[].class)
            .setParameter("jurors", jurors)
            .getResultList()) {
      memberOf.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
    }
    Map<Long, String> employers = new HashMap<>();
    profiles(jurors).forEach((id, p) -> employers.put(id, p.getEmployer()));
    Map<Long, Set<Long>> declared = new HashMap<>();
    if (!candidates.isEmpty()) {
      em.createNamedQuery(
              "ConflictDeclaration.findByJurorsAndCandidates", ConflictDeclaration.class)
          .setParameter("jurors", jurors)
          .setParameter("candidates", candidates)
          .getResultList()
          .forEach(
              d ->
                  declared
                      .computeIfAbsent(d.getJuror().getId(), k -> new HashSet<>())
                      .add(d.getCandidate().getId()));
    }
    for (User j : jurors) {
      out.put(
          j.getId(),
          new ConflictScreening.Juror(
              j.getId(),
              trains.getOrDefault(j.getId(), Set.of()),
              memberOf.getOrDefault(j.getId(), Set.of()),
              employers.get(j.getId()),
              declared.getOrDefault(j.getId(), Set.of())));
    }
    return out;
  }

  /**
   * What conflict screening knows of each candidate: the cohorts they had a place in and those
   * cohorts' organisations, plus their employer.
   */
  Map<Long, ConflictScreening.Candidate> candidates(
      List<User> learners, Map<Long, String> employers) {
    Map<Long, Set<Long>> cohorts = new HashMap<>();
    Map<Long, Set<Long>> organisations = new HashMap<>();
    if (!learners.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT e.learner.id, e.cohort.id, e.cohort.organisation.id FROM Enrolment e WHERE e.learner IN"
                      + " :learners AND e.status <> :waiting",
                  Object[].class)
              .setParameter("learners", learners)
              .setParameter("waiting", EnrolmentStatus.WAITING)
              .getResultList()) {
        cohorts.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        organisations.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[2]);
      }
    }
    Map<Long, ConflictScreening.Candidate> out = new HashMap<>();
    for (User u : learners) {
      out.put(
          u.getId(),
          new ConflictScreening.Candidate(
              u.getId(),
              cohorts.getOrDefault(u.getId(), Set.of()),
              organisations.getOrDefault(u.getId(), Set.of()),
              employers.get(u.getId())));
    }
    return out;
  }

  /** The profiles of these jurors that exist, by user id, each read once per gathering. */
  private Map<Long, JurorProfile> profiles(List<User> jurors) {
    List<User> unread = jurors.stream().filter(j -> !profilesAsked.contains(j.getId())).toList();
    if (!unread.isEmpty()) {
      em.createNamedQuery("JurorProfile.findByUsers", JurorProfile.class)
          .setParameter("users", unread)
          .getResultList()
          .forEach(p -> profiles.put(p.getUser().getId(), p));
      unread.forEach(j -> profilesAsked.add(j.getId()));
    }
    Map<Long, JurorProfile> out = new HashMap<>();
    jurors.forEach(
        j -> {
          JurorProfile p = profiles.get(j.getId());
          if (p != null) {
            out.put(j.getId(), p);
          }
        });
    return out;
  }

  /** Jurors' problems on the session day (R1, R2), by user id; a juror without profile has all. */
  Map<Long, List<fr.capacite.domain.jury.Finding>> problems(List<User> jurors, LocalDate day) {
    Map<Long, JurorProfile> profiles = profiles(jurors);
    Map<Long, List<fr.capacite.domain.jury.Finding>> out = new HashMap<>();
    for (User j : jurors) {
      JurorProfile p = profiles.getOrDefault(j.getId(), new JurorProfile(j));
      out.put(j.getId(), p.problemsOn(day));
    }
    return out;
  }
}
