package fr.capacite.application.path;

import fr.capacite.application.organisation.OrganisationAccess;
import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.organisation.TrainingOrganisation;
import fr.capacite.domain.path.PositioningAttempt;
import fr.capacite.domain.path.PositioningQuestion;
import fr.capacite.domain.path.PositioningQuestionnaire;
import fr.capacite.domain.path.TestStatus;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.referential.PixCompetence;
import fr.capacite.domain.shared.AuditKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Writing positioning tests: administrators keep national tests, an organisation's managers their
 * own; a published test is frozen. Managers validate their learners' results, which makes them
 * final (R11).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORG_MANAGER})
public class PositioningAuthoring {

  static final int PROMPT_MAX = 1000;
  static final int LABEL_MAX = 500;

  @PersistenceContext private EntityManager em;
  @EJB private OrganisationAccess access;
  @EJB private AuditService audit;
  @EJB private NotificationService notifications;
  @EJB private PositioningResults results;

  /** Tests the caller may read: national ones and their organisations' (all for administrators). */
  public PageSlice<PositioningViews.TestSummary> listTests(int first, int size) {
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    String where =
        access.isAdmin()
            ? ""
            : " WHERE t.organisation IS NULL OR t.organisation IN"
                + " (SELECT o FROM TrainingOrganisation o JOIN o.members m WHERE m.username = :me)";
    var q =
        em.createQuery(
            "SELECT t FROM PositioningQuestionnaire t"
                + where
                + " ORDER BY t.status, t.title, t.id",
            PositioningQuestionnaire.class);
    var c = em.createQuery("SELECT COUNT(t) FROM PositioningQuestionnaire t" + where, Long.class);
    if (!access.isAdmin()) {
      q.setParameter("me", access.caller());
      c.setParameter("me", access.caller());
    }
    List<PositioningQuestionnaire> page =
        q.setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "t.questions")
            .setHint("eclipselink.batch", "t.organisation")
            .setHint("eclipselink.batch", "t.programme")
            .setFirstResult(f)
            .setMaxResults(s)
            .getResultList();
    return new PageSlice<>(
        page.stream()
            .map(
                t ->
                    new PositioningViews.TestSummary(
                        t.getId(),
                        t.getTitle(),
                        t.getProgramme().getCode(),
                        t.getOrganisation() == null ? null : t.getOrganisation().getName(),
                        t.getStatus(),
                        t.getQuestions().size(),
                        canEdit(t)))
            .toList(),
        c.getSingleResult(),
        f,
        s);
  }

  public PositioningViews.TestView getTest(long id) {
    return view(readable(id));
  }

  /** A new draft for a programme, national (administrators) or an organisation's. */
  public long createTest(String title, String programmeCode, Long organisationId) {
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("path.positioning.title");
    }
    Programme p =
        em.createNamedQuery("Programme.findByCode", Programme.class)
            .setParameter("code", programmeCode)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ObjectNotFoundException("programme", programmeCode));
    TrainingOrganisation o = null;
    if (organisationId != null) {
      o = access.managed(organisationId);
    } else if (!access.isAdmin()) {
      throw new InvalidInputException("path.positioning.organisationRequired");
    }
    PositioningQuestionnaire t = new PositioningQuestionnaire(title.strip(), p, o, access.caller());
    em.persist(t);
    em.flush();
    audit.record(AuditKind.CATALOGUE_CHANGED, access.caller(), "positioning:" + t.getId(), title);
    return t.getId();
  }

  public PositioningViews.TestView describe(
      long id, long expectedVersion, String title, String instructions) {
    PositioningQuestionnaire t = editable(id, expectedVersion);
    if (title == null || title.isBlank() || title.length() > 200) {
      throw new InvalidInputException("path.positioning.title");
    }
    if (instructions != null && instructions.length() > 2000) {
      throw new InvalidInputException("path.positioning.instructionsTooLong", 2000);
    }
    t.describe(
        title.strip(),
        instructions == null || instructions.isBlank() ? null : instructions.strip());
    return flushed(t);
  }

  /** Adds a question ({@code questionId} null) or changes one. */
  public PositioningViews.TestView saveQuestion(
      long id, long expectedVersion, Long questionId, PositioningViews.QuestionForm form) {
    PositioningQuestionnaire t = editable(id, expectedVersion);
    if (form == null || form.prompt() == null || form.prompt().isBlank()) {
      throw new InvalidInputException("path.positioning.prompt");
    }
    if (form.prompt().length() > PROMPT_MAX || form.kind() == null) {
      throw new InvalidInputException("path.positioning.prompt");
    }
    List<PositioningQuestion.OptionDraft> options =
        (form.options() == null ? List.<PositioningViews.OptionForm>of() : form.options())
            .stream()
                .filter(o -> o.label() != null && !o.label().isBlank())
                .map(
                    o -> {
                      if (o.label().length() > LABEL_MAX || o.points() == null) {
                        throw new InvalidInputException("path.positioning.option");
                      }
                      return new PositioningQuestion.OptionDraft(o.label().strip(), o.points());
                    })
                .toList();
    Competence competence =
        form.competenceId() == null ? null : em.find(Competence.class, form.competenceId());
    if (form.competenceId() != null && competence == null) {
      throw new ObjectNotFoundException("competence", form.competenceId());
    }
    PixCompetence pix =
        form.pixCode() == null || form.pixCode().isBlank()
            ? null
            : em.createNamedQuery("PixCompetence.findByCode", PixCompetence.class)
                .setParameter("code", form.pixCode())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("pix", form.pixCode()));
    try {
      if (questionId == null) {
        t.addQuestion(form.prompt().strip(), form.kind(), competence, pix, options);
      } else {
        t.changeQuestion(
            question(t, questionId), form.prompt().strip(), form.kind(), competence, pix, options);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
    return flushed(t);
  }

  public PositioningViews.TestView removeQuestion(long id, long expectedVersion, long questionId) {
    PositioningQuestionnaire t = editable(id, expectedVersion);
    t.removeQuestion(question(t, questionId));
    return flushed(t);
  }

  /** Publishes: the test is frozen and learners may take it. */
  public PositioningViews.TestView publish(long id, long expectedVersion) {
    PositioningQuestionnaire t = editable(id, expectedVersion);
    try {
      t.publish();
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    audit.record(AuditKind.CATALOGUE_CHANGED, access.caller(), "positioning:" + id, "published");
    return flushed(t);
  }

  /** Archives a published test: no new attempt starts; results already given stand. */
  public PositioningViews.TestView archive(long id) {
    PositioningQuestionnaire t = readable(id);
    if (!canEdit(t) || t.getStatus() != TestStatus.PUBLISHED) {
      throw new InvalidInputException("path.positioning.notPublished");
    }
    t.archive();
    return flushed(t);
  }

  /** Attempts at a test by the caller's learners (all for administrators), newest first. */
  public PageSlice<PositioningViews.AttemptRow> attempts(long id, int first, int size) {
    PositioningQuestionnaire t = readable(id);
    int f = PageSlice.clampFirst(first);
    int s = PageSlice.clampSize(size);
    String mine =
        access.isAdmin()
            ? ""
            // An attempt taken before applying is the person's until they hold a place there.
            : " AND a.enrolment IS NOT NULL AND a.cohort.organisation IN"
                + " (SELECT o FROM TrainingOrganisation o JOIN o.members m WHERE m.username = :me)";
    var q =
        em.createQuery(
            // The cohort's, whether the person holds a place or has only applied.
            "SELECT a FROM PositioningAttempt a JOIN FETCH a.learner JOIN FETCH a.cohort"
                + " WHERE a.test = :t"
                + mine
                + " ORDER BY a.startedAt DESC, a.id DESC",
            PositioningAttempt.class);
    var c =
        em.createQuery(
            "SELECT COUNT(a) FROM PositioningAttempt a WHERE a.test = :t" + mine, Long.class);
    q.setParameter("t", t);
    c.setParameter("t", t);
    if (!access.isAdmin()) {
      q.setParameter("me", access.caller());
      c.setParameter("me", access.caller());
    }
    return new PageSlice<>(
        q.setFirstResult(f).setMaxResults(s).getResultList().stream()
            .map(
                a ->
                    new PositioningViews.AttemptRow(
                        a.getId(),
                        a.getLearner().getDisplayName(),
                        a.getCohort().getTitle(),
                        a.getStatus(),
                        a.getOverall(),
                        a.getHours(),
                        a.getSubmittedAt()))
            .toList(),
        c.getSingleResult(),
        f,
        s);
  }

  /** A learner's result, for the staff of the organisation training them. */
  public PositioningViews.Result resultOf(long attemptId) {
    PositioningAttempt a = em.find(PositioningAttempt.class, attemptId);
    if (a == null
        || a.getStatus() == fr.capacite.domain.path.AttemptStatus.IN_PROGRESS
        || !(access.isAdmin()
            || (a.getEnrolment() != null
                && access.isMember(a.getCohort().getOrganisation().getId())))) {
      throw new ObjectNotFoundException("attempt", attemptId);
    }
    return results.result(a);
  }

  /** Validates a submitted result: the path length is now final on the enrolment (R11). */
  public PositioningViews.Result validate(long attemptId) {
    PositioningAttempt a = em.find(PositioningAttempt.class, attemptId);
    if (a == null || !access.canManage(a.getCohort().getOrganisation().getId())) {
      throw new ObjectNotFoundException("attempt", attemptId);
    }
    if (a.getEnrolment() == null) {
      // Taken before applying: it is validated once the person holds a place.
      throw new InvalidInputException("path.positioning.notEnrolled");
    }
    try {
      a.validate(access.caller(), Instant.now());
      a.getEnrolment().position(a.getHours(), results.note(a), true);
    } catch (IllegalStateException e) {
      throw new InvalidInputException(e.getMessage());
    }
    notifications.send(
        a.getLearner(),
        "notification.positioningValidated",
        "/path/positioning.xhtml",
        List.of(a.getTest().getTitle(), String.valueOf(a.getHours())));
    audit.record(
        AuditKind.PLAN_CHANGED,
        access.caller(),
        a.getLearner().getUsername(),
        "positioning validated: " + a.getHours() + " h");
    return results.result(a);
  }

  private PositioningQuestionnaire readable(long id) {
    PositioningQuestionnaire t = em.find(PositioningQuestionnaire.class, id);
    if (t == null
        || !(access.isAdmin()
            || t.getOrganisation() == null
            || access.isMember(t.getOrganisation().getId()))) {
      throw new ObjectNotFoundException("positioning", id);
    }
    return t;
  }

  private PositioningQuestionnaire editable(long id, long expectedVersion) {
    PositioningQuestionnaire t = readable(id);
    if (!canEdit(t)) {
      throw new ObjectNotFoundException("positioning", id);
    }
    if (t.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (t.getStatus() != TestStatus.DRAFT) {
      throw new InvalidInputException("path.positioning.frozen");
    }
    // Questions are a child collection: bump the test's version so a stale editor is refused.
    em.lock(t, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return t;
  }

  private boolean canEdit(PositioningQuestionnaire t) {
    return t.getOrganisation() == null
        ? access.isAdmin()
        : access.canManage(t.getOrganisation().getId());
  }

  private static PositioningQuestion question(PositioningQuestionnaire t, long questionId) {
    return t.getQuestions().stream()
        .filter(q -> q.getId().equals(questionId))
        .findFirst()
        .orElseThrow(() -> new ObjectNotFoundException("question", questionId));
  }

  private PositioningViews.TestView flushed(PositioningQuestionnaire t) {
    em.flush();
    return view(t);
  }

  private PositioningViews.TestView view(PositioningQuestionnaire t) {
    return new PositioningViews.TestView(
        t.getId(),
        t.getTitle(),
        t.getInstructions(),
        t.getProgramme().getCode(),
        t.getOrganisation() == null ? null : t.getOrganisation().getName(),
        t.getStatus(),
        canEdit(t) && t.getStatus() == TestStatus.DRAFT,
        t.getVersion(),
        t.getQuestions().stream()
            .map(
                q ->
                    new PositioningViews.QuestionView(
                        q.getId(),
                        q.getPosition(),
                        q.getPrompt(),
                        q.getKind(),
                        q.getCompetence() == null ? null : q.getCompetence().getId(),
                        q.getPixCompetence() == null ? null : q.getPixCompetence().getCode(),
                        q.competenceLabel(),
                        q.getOptions().stream()
                            .map(
                                o ->
                                    new PositioningViews.OptionView(
                                        o.getId(), o.getLabel(), o.getPoints()))
                            .toList()))
            .toList());
  }
}
