package fr.capacite.application.path;

import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Enrolment;
import fr.capacite.domain.cohort.EnrolmentStatus;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.path.AttemptStatus;
import fr.capacite.domain.path.PositioningAnswer;
import fr.capacite.domain.path.PositioningAttempt;
import fr.capacite.domain.path.PositioningOption;
import fr.capacite.domain.path.PositioningQuestion;
import fr.capacite.domain.path.PositioningQuestionnaire;
import fr.capacite.domain.path.PositioningScoring;
import fr.capacite.domain.path.QuestionKind;
import fr.capacite.domain.path.RoutingRuleSet;
import fr.capacite.domain.path.ScoreProfile;
import fr.capacite.domain.path.TestStatus;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Taking a positioning test: one question at a time, each answer saved at once (a learner who
 * leaves comes back where they were), then the result routed by the programme's rules, shown with
 * its explanation and recorded on the enrolment.
 */
@Stateless
@RolesAllowed(Role.Names.MEDIATOR)
public class PositioningService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private RoutingService routing;
  @EJB private PositioningResults results;
  @EJB private NotificationService notifications;

  /** The tests to take for the caller's enrolments, and those already taken. */
  public List<PositioningViews.MyTest> myTests() {
    User me = me();
    List<Enrolment> enrolments =
        em.createQuery(
                "SELECT e FROM Enrolment e JOIN FETCH e.cohort c JOIN FETCH c.programme"
                    + " WHERE e.learner = :me AND e.status <> :withdrawn",
                Enrolment.class)
            .setParameter("me", me)
            .setParameter("withdrawn", EnrolmentStatus.WITHDRAWN)
            .getResultList();
    if (enrolments.isEmpty()) {
      return List.of();
    }
    Set<Programme> programmes = new LinkedHashSet<>();
    enrolments.forEach(e -> programmes.add(e.getCohort().getProgramme()));
    List<PositioningQuestionnaire> tests =
        em.createNamedQuery(
                "PositioningQuestionnaire.publishedForProgrammes", PositioningQuestionnaire.class)
            .setParameter("programmes", programmes)
            .getResultList();
    Map<String, PositioningAttempt> attempts = new HashMap<>();
    for (PositioningAttempt a :
        em.createNamedQuery("PositioningAttempt.findByLearner", PositioningAttempt.class)
            .setParameter("learner", me)
            .getResultList()) {
      if (a.getEnrolment() != null) {
        attempts.put(a.getTest().getId() + "/" + a.getEnrolment().getId(), a);
      }
    }
    List<PositioningViews.MyTest> out = new ArrayList<>();
    for (Enrolment e : enrolments) {
      for (PositioningQuestionnaire t : tests) {
        if (!offered(t, e.getCohort())) {
          continue;
        }
        PositioningAttempt a = attempts.get(t.getId() + "/" + e.getId());
        if (a == null && e.isPositioningFinal()) {
          continue; // already positioned for good (R11)
        }
        out.add(
            new PositioningViews.MyTest(
                t.getId(),
                e.getId(),
                t.getTitle(),
                e.getCohort().getTitle(),
                a == null ? null : a.getId(),
                a == null ? null : a.getStatus(),
                a == null ? null : a.getHours()));
      }
    }
    return out;
  }

  /** Starts (or resumes) the test for one of the caller's enrolments; returns the attempt. */
  public long start(long testId, long enrolmentId) {
    User me = me();
    Enrolment e = em.find(Enrolment.class, enrolmentId);
    PositioningQuestionnaire t = em.find(PositioningQuestionnaire.class, testId);
    if (e == null || !e.getLearner().equals(me)) {
      throw new ObjectNotFoundException("enrolment", enrolmentId);
    }
    if (t == null || t.getStatus() != TestStatus.PUBLISHED || !offered(t, e.getCohort())) {
      throw new ObjectNotFoundException("positioning", testId);
    }
    // Two clicks on "start" must not open two attempts.
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    PositioningAttempt existing =
        em.createNamedQuery("PositioningAttempt.findByTestAndEnrolment", PositioningAttempt.class)
            .setParameter("test", t)
            .setParameter("enrolment", e)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing != null) {
      return existing.getId();
    }
    if (e.isPositioningFinal()) {
      throw new InvalidInputException("path.positioning.final");
    }
    PositioningAttempt a = new PositioningAttempt(t, me, e, Instant.now());
    em.persist(a);
    em.flush();
    return a.getId();
  }

  /**
   * The tests a person may take from a published cohort's offer before applying (the programme's,
   * national or the organisation's own), with their attempt at each.
   */
  public List<PositioningViews.OfferTest> offerTests(long cohortId) {
    Cohort c = offered(cohortId);
    User me = me();
    Map<Long, PositioningAttempt> mine = new HashMap<>();
    for (PositioningAttempt a :
        em.createNamedQuery("PositioningAttempt.beforeApplying", PositioningAttempt.class)
            .setParameter("learner", me)
            .setParameter("cohort", c)
            .getResultList()) {
      mine.putIfAbsent(a.getTest().getId(), a);
    }
    return em
        .createNamedQuery(
            "PositioningQuestionnaire.publishedForProgrammes", PositioningQuestionnaire.class)
        .setParameter("programmes", Set.of(c.getProgramme()))
        .getResultList()
        .stream()
        .filter(t -> offered(t, c))
        .map(
            t -> {
              PositioningAttempt a = mine.get(t.getId());
              return new PositioningViews.OfferTest(
                  t.getId(),
                  t.getTitle(),
                  a == null ? null : a.getId(),
                  a == null ? null : a.getStatus(),
                  a == null ? null : a.getHours());
            })
        .toList();
  }

  /**
   * Starts (or resumes) a test from a published cohort's offer, before applying; returns the
   * attempt. Once submitted, the result stands: the same test is not taken twice for a cohort.
   */
  public long startBeforeApplying(long testId, long cohortId) {
    Cohort c = offered(cohortId);
    PositioningQuestionnaire t = em.find(PositioningQuestionnaire.class, testId);
    if (t == null || t.getStatus() != TestStatus.PUBLISHED || !offered(t, c)) {
      throw new ObjectNotFoundException("positioning", testId);
    }
    User me = me();
    // Two clicks on "start" must not open two attempts.
    em.lock(me, LockModeType.PESSIMISTIC_WRITE);
    PositioningAttempt existing =
        em.createNamedQuery("PositioningAttempt.beforeApplying", PositioningAttempt.class)
            .setParameter("learner", me)
            .setParameter("cohort", c)
            .getResultStream()
            .filter(a -> a.getTest().equals(t))
            .findFirst()
            .orElse(null);
    if (existing != null) {
      return existing.getId();
    }
    PositioningAttempt a = PositioningAttempt.beforeApplying(t, me, c, Instant.now());
    em.persist(a);
    em.flush();
    return a.getId();
  }

  /** A cohort of the public catalogue that has not started; anything else does not exist here. */
  private Cohort offered(long cohortId) {
    Cohort c = em.find(Cohort.class, cohortId);
    if (c == null || !c.isOfferPublished() || !c.getStartDate().isAfter(FrenchTime.today())) {
      throw new ObjectNotFoundException("offer", cohortId);
    }
    return c;
  }

  /** The question to show: the one given, or where the learner left off. */
  public PositioningViews.QuestionScreen question(long attemptId, Integer index) {
    PositioningAttempt a = mine(attemptId);
    if (a.getStatus() != AttemptStatus.IN_PROGRESS) {
      throw new InvalidInputException("path.positioning.alreadySubmitted");
    }
    int i = index == null ? a.getCurrentIndex() : index;
    List<PositioningQuestion> questions = a.getTest().getQuestions();
    if (i < 0 || i >= questions.size()) {
      throw new ObjectNotFoundException("question", i);
    }
    return screen(a, i, answers(a));
  }

  /**
   * Saves the answer to question {@code index} and shows question {@code next} (which may be the
   * same, or the previous one).
   */
  public PositioningViews.QuestionScreen answer(
      long attemptId, int index, List<Long> optionIds, int next) {
    PositioningAttempt a = mine(attemptId);
    if (a.getStatus() != AttemptStatus.IN_PROGRESS) {
      throw new InvalidInputException("path.positioning.alreadySubmitted");
    }
    List<PositioningQuestion> questions = a.getTest().getQuestions();
    if (index < 0 || index >= questions.size() || next < 0 || next >= questions.size()) {
      throw new ObjectNotFoundException("question", index);
    }
    PositioningQuestion q = questions.get(index);
    Map<Long, PositioningAnswer> answers = answers(a);
    List<Long> ids = optionIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(optionIds));
    if (!ids.isEmpty()) {
      List<PositioningOption> chosen = q.optionsWithIds(ids);
      if (chosen.size() != ids.size()) {
        throw new InvalidInputException("path.positioning.badOption");
      }
      if (q.getKind() == QuestionKind.SINGLE && ids.size() > 1) {
        throw new InvalidInputException("path.positioning.oneAnswer");
      }
      PositioningAnswer existing = answers.get(q.getId());
      if (existing == null) {
        PositioningAnswer created = new PositioningAnswer(a, q, ids, Instant.now());
        em.persist(created);
        answers.put(q.getId(), created);
      } else {
        existing.change(ids, Instant.now());
      }
    } else if (next > index && !answers.containsKey(q.getId())) {
      throw new InvalidInputException("path.positioning.chooseAnswer");
    }
    a.showQuestion(next);
    return screen(a, next, answers);
  }

  /** Submits: every question answered, the result routed, recorded on the enrolment, shown. */
  public PositioningViews.Result submit(long attemptId) {
    PositioningAttempt a = mine(attemptId);
    em.lock(a, LockModeType.PESSIMISTIC_WRITE);
    if (a.getStatus() != AttemptStatus.IN_PROGRESS) {
      return results.result(a); // a double submit shows the same result
    }
    List<PositioningQuestion> questions = a.getTest().getQuestions();
    Map<Long, PositioningAnswer> answers = answers(a);
    long missing = questions.stream().filter(q -> !answers.containsKey(q.getId())).count();
    if (missing > 0) {
      throw new InvalidInputException("path.positioning.unanswered", missing);
    }
    RoutingRuleSet rules =
        routing
            .inForce(a.getTest().getProgramme())
            .orElseThrow(() -> new InvalidInputException("path.positioning.noRules"));
    Map<PositioningQuestion, List<PositioningOption>> chosen = new HashMap<>();
    questions.forEach(q -> chosen.put(q, q.optionsWithIds(answers.get(q.getId()).getChosen())));
    ScoreProfile profile = PositioningScoring.profile(questions, chosen);
    a.submit(profile, rules, PositioningResults.profileJson(profile), Instant.now());
    if (a.getEnrolment() == null) {
      // Taken before applying: the result is the person's, shown to them; the organisation reads
      // it on their application, and it positions the enrolment once they hold a place.
      return results.result(a);
    }
    try {
      a.getEnrolment().position(a.getHours(), results.note(a), false);
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    Cohort c = a.getEnrolment().getCohort();
    c.getOrganisation().getMembers().stream()
        .filter(u -> u.hasRole(Role.ORG_MANAGER) && u.isActive())
        .forEach(
            u ->
                notifications.send(
                    u,
                    "notification.positioningSubmitted",
                    "/path/positioning-test.xhtml?id=" + a.getTest().getId(),
                    List.of(
                        a.getLearner().getDisplayName(),
                        c.getTitle(),
                        String.valueOf(a.getHours()))));
    return results.result(a);
  }

  /** The caller's result, with its explanation. */
  public PositioningViews.Result result(long attemptId) {
    PositioningAttempt a = mine(attemptId);
    if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
      throw new InvalidInputException("path.positioning.notSubmitted");
    }
    return results.result(a);
  }

  /** A national test is offered to every cohort of its programme, an organisation's to its own. */
  private static boolean offered(PositioningQuestionnaire t, Cohort c) {
    return t.getProgramme().equals(c.getProgramme())
        && (t.getOrganisation() == null || t.getOrganisation().equals(c.getOrganisation()));
  }

  private PositioningViews.QuestionScreen screen(
      PositioningAttempt a, int i, Map<Long, PositioningAnswer> answers) {
    PositioningQuestion q = a.getTest().getQuestions().get(i);
    PositioningAnswer given = answers.get(q.getId());
    return new PositioningViews.QuestionScreen(
        a.getId(),
        a.getTest().getTitle(),
        a.getTest().getInstructions(),
        i,
        a.getTest().getQuestions().size(),
        answers.size(),
        q.getPrompt(),
        q.getKind(),
        q.getOptions().stream()
            .map(o -> new PositioningViews.Choice(o.getId(), o.getLabel()))
            .toList(),
        given == null ? List.of() : given.getChosen());
  }

  private Map<Long, PositioningAnswer> answers(PositioningAttempt a) {
    Map<Long, PositioningAnswer> out = new HashMap<>();
    for (PositioningAnswer x :
        em.createNamedQuery("PositioningAnswer.findByAttempt", PositioningAnswer.class)
            .setParameter("attempt", a)
            .getResultList()) {
      out.put(x.getQuestion().getId(), x);
    }
    return out;
  }

  private PositioningAttempt mine(long attemptId) {
    PositioningAttempt a = em.find(PositioningAttempt.class, attemptId);
    if (a == null || !a.getLearner().getUsername().equals(caller())) {
      throw new ObjectNotFoundException("attempt", attemptId);
    }
    return a;
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }

  private String caller() {
    return ctx.getCallerPrincipal().getName();
  }
}
