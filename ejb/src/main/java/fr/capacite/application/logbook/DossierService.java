package fr.capacite.application.logbook;

import fr.capacite.application.jury.EvidenceService;
import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.jury.ExamCandidate;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.logbook.DossierSection;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.referential.Block;
import fr.capacite.domain.referential.CertificationVersion;
import fr.capacite.domain.referential.Competence;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mediator's draft dossier professionnel (DP, R6), assembled from their logbook: for each
 * competence of the title in force, the accompaniments they choose as examples (among those that
 * illustrate it) and what they write about their practice. Written as a PDF/A they download, or
 * hand in to an exam session where they are a candidate, where it becomes their DP for the jury —
 * the same route for trained and VAE candidates.
 */
@Stateless
@RolesAllowed(Role.Names.MEDIATOR)
public class DossierService {

  /** Entries offered as examples of a competence: the most recent that illustrate it. */
  public static final int CANDIDATES_PER_COMPETENCE = 20;

  /** One competence of the dossier, as its author edits it and the document prints it. */
  public record Section(
      LogbookService.CompetenceChoice competence,
      String blockTitle,
      String reflection,
      List<LogbookService.EntryView> examples,
      List<LogbookService.EntryView> candidates,
      Long version,
      Instant updatedAt)
      implements Serializable {

    /** A reflection and at least one example. */
    public boolean complete() {
      return reflection != null && !examples.isEmpty();
    }

    /** Something written or chosen: printed in the document. */
    public boolean started() {
      return reflection != null || !examples.isEmpty();
    }
  }

  /** The whole draft: whose, for which title, each competence in the title's order. */
  public record Dossier(
      String author,
      String certification,
      String rncp,
      List<Section> sections,
      LocalDate on,
      Long versionId,
      List<Title> titles)
      implements Serializable {

    public long completeCount() {
      return sections.stream().filter(Section::complete).count();
    }
  }

  /** A title (a certification version) the caller can write their dossier for. */
  public record Title(long versionId, String label) implements Serializable {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;
  @EJB private LogbookService logbook;
  @EJB private EvidenceService evidence;

  /**
   * The titles the caller can write for, the one they most likely need first: those of the exam
   * sessions where they are a candidate (planned or open, soonest first: the dossier handed in must
   * be the session's title), the title in force, then those they wrote for before (a dossier
   * written for a title that was replaced stays theirs to read).
   */
  public List<Title> titles() {
    String me = ctx.getCallerPrincipal().getName();
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    ids.addAll(
        em.createQuery(
                "SELECT s.certificationVersion.id FROM ExamCandidate c JOIN c.session s WHERE"
                    + " c.learner.username = :me AND s.status IN :open ORDER BY s.day, s.id",
                Long.class)
            .setParameter("me", me)
            .setParameter("open", List.of(ExamStatus.PLANNED, ExamStatus.OPEN))
            .setMaxResults(20)
            .getResultList());
    List<LogbookService.CompetenceChoice> inForce = logbook.competenceChoices();
    if (!inForce.isEmpty()) {
      ids.add(
          em.find(Competence.class, inForce.get(0).id())
              .getBlock()
              .getCertificationVersion()
              .getId());
    }
    ids.addAll(
        em.createQuery(
                "SELECT DISTINCT b.certificationVersion.id FROM DossierSection s JOIN"
                    + " s.competence c JOIN c.block b WHERE s.author.username = :me",
                Long.class)
            .setParameter("me", me)
            .getResultList());
    List<Title> out = new ArrayList<>();
    for (Long id : ids) {
      CertificationVersion v = em.find(CertificationVersion.class, id);
      out.add(new Title(id, v.getTitle() + " (" + v.getCode() + ")"));
    }
    return out;
  }

  /** The caller's draft for the title they most likely need ({@link #titles}' first). */
  public Dossier dossier() {
    return dossier(null);
  }

  /**
   * The caller's draft for one of their titles ({@link #titles}; null: the first), every competence
   * of the title (written or not). A title that is not one of theirs is not found.
   */
  public Dossier dossier(Long versionId) {
    String me = ctx.getCallerPrincipal().getName();
    User author = author();
    List<Title> titles = titles();
    if (titles.isEmpty()) {
      return new Dossier(
          author.getDisplayName(), "", "", List.of(), FrenchTime.today(), null, titles);
    }
    long chosen = versionId == null ? titles.get(0).versionId() : versionId;
    if (titles.stream().noneMatch(t -> t.versionId() == chosen)) {
      throw new ObjectNotFoundException("title", versionId);
    }
    CertificationVersion version = em.find(CertificationVersion.class, chosen);
    List<LogbookService.CompetenceChoice> choices = logbook.competenceChoices(version);
    Map<String, String> blockTitles = new HashMap<>();
    for (Block b : version.getBlocks()) {
      blockTitles.put(b.getCode(), b.getTitle());
    }
    Map<Long, DossierSection> written = new HashMap<>();
    em.createNamedQuery("DossierSection.ofAuthor", DossierSection.class)
        .setParameter("author", me)
        .getResultList()
        .forEach(s -> written.put(s.getCompetence().getId(), s));
    Map<Long, List<LogbookService.EntryView>> candidates =
        choices.isEmpty() ? Map.of() : candidates(me, choices);
    List<Section> sections = new ArrayList<>();
    for (LogbookService.CompetenceChoice c : choices) {
      DossierSection s = written.get(c.id());
      sections.add(
          new Section(
              c,
              blockTitles.getOrDefault(c.block(), ""),
              s == null ? null : s.getReflection(),
              s == null
                  ? List.of()
                  : s.getExamples().stream()
                      .sorted(
                          Comparator.comparing(PracticeEntry::getDay)
                              .thenComparing(PracticeEntry::getId))
                      .map(LogbookService.EntryView::of)
                      .toList(),
              candidates.getOrDefault(c.id(), List.of()),
              s == null ? null : s.getVersion(),
              s == null ? null : s.getUpdatedAt()));
    }
    return new Dossier(
        author.getDisplayName(),
        version.getTitle(),
        version.getRncpCode(),
        sections,
        FrenchTime.today(),
        chosen,
        titles);
  }

  /**
   * The caller's entries that illustrate each competence, newest first, at most {@link
   * #CANDIDATES_PER_COMPETENCE} each: one read.
   */
  private Map<Long, List<LogbookService.EntryView>> candidates(
      String me, List<LogbookService.CompetenceChoice> choices) {
    List<Long> ids = choices.stream().map(LogbookService.CompetenceChoice::id).toList();
    Map<Long, List<LogbookService.EntryView>> out = new LinkedHashMap<>();
    Map<Long, LogbookService.EntryView> views = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT e, c.id FROM PracticeEntry e JOIN e.competences c WHERE e.author.username"
                    + " = :me AND c.id IN :ids ORDER BY e.day DESC, e.id DESC",
                Object[].class)
            .setParameter("me", me)
            .setParameter("ids", ids)
            .setMaxResults(CANDIDATES_PER_COMPETENCE * ids.size() * 4)
            .getResultList();
    for (Object[] row : rows) {
      PracticeEntry e = (PracticeEntry) row[0];
      List<LogbookService.EntryView> list =
          out.computeIfAbsent((Long) row[1], k -> new ArrayList<>());
      if (list.size() < CANDIDATES_PER_COMPETENCE) {
        list.add(views.computeIfAbsent(e.getId(), k -> LogbookService.EntryView.of(e)));
      }
    }
    return out;
  }

  /**
   * Writes one competence of the caller's dossier, as it was when they read it ({@code
   * expectedVersion} null for a competence not written yet): the reflection and the chosen entries,
   * their own and illustrating it.
   */
  public long save(long competenceId, Long expectedVersion, String reflection, Set<Long> entryIds) {
    String me = ctx.getCallerPrincipal().getName();
    // A competence of one of the caller's titles (the one in force, their sessions', theirs).
    Competence competence = em.find(Competence.class, competenceId);
    if (competence == null
        || titles().stream()
            .noneMatch(
                t -> t.versionId() == competence.getBlock().getCertificationVersion().getId())) {
      throw new ObjectNotFoundException("competence", competenceId);
    }
    User author = author();
    // On the section's own columns (no join): Derby locks no joined read.
    DossierSection s =
        em.createQuery(
                "SELECT s FROM DossierSection s WHERE s.author = :me AND s.competence.id = :c",
                DossierSection.class)
            .setParameter("me", author)
            .setParameter("c", competenceId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (s == null
        ? expectedVersion != null
        : !Long.valueOf(s.getVersion()).equals(expectedVersion)) {
      throw new ConcurrentEditException();
    }
    List<PracticeEntry> chosen = entries(me, entryIds);
    if (s == null) {
      s = new DossierSection(author, competence, Instant.now());
      em.persist(s);
    }
    DossierSection section = s;
    try {
      section.compose(reflection, chosen, Instant.now());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          e.getMessage(),
          e.getMessage().equals("dossier.tooManyExamples")
              ? DossierSection.MAX_EXAMPLES
              : DossierSection.REFLECTION_MAX);
    }
    em.flush();
    return section.getVersion();
  }

  /** The caller's entries of these ids, in one read; another's (or none) is not found. */
  private List<PracticeEntry> entries(String me, Set<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    if (ids.stream().anyMatch(java.util.Objects::isNull)
        || ids.size() > DossierSection.MAX_EXAMPLES) {
      throw new InvalidInputException("dossier.tooManyExamples", DossierSection.MAX_EXAMPLES);
    }
    List<PracticeEntry> found =
        em.createQuery(
                "SELECT e FROM PracticeEntry e WHERE e.id IN :ids AND e.author.username = :me",
                PracticeEntry.class)
            .setParameter("ids", ids)
            .setParameter("me", me)
            .getResultList();
    if (found.size() != ids.size()) {
      throw new ObjectNotFoundException("logbook entry", ids);
    }
    return found;
  }

  /** The draft for one of the caller's titles (null: the first) as a tagged PDF/A-2a. */
  public byte[] pdf(Long versionId, Locale locale) {
    return DossierDocument.render(dossier(versionId), locale);
  }

  /**
   * Hands the draft written for the session's title, as it is now, to an exam session where the
   * caller is a candidate: it becomes their DP for the jury (replacing one handed or uploaded
   * before), while the session is planned or open.
   */
  public void handIn(long candidateId, Locale locale) {
    ExamCandidate c = em.find(ExamCandidate.class, candidateId);
    if (c == null || !c.getLearner().getUsername().equals(ctx.getCallerPrincipal().getName())) {
      throw new ObjectNotFoundException("candidate", candidateId);
    }
    Dossier d = dossier(c.getSession().getCertificationVersion().getId());
    if (d.completeCount() == 0) {
      throw new InvalidInputException("dossier.nothingWritten", d.certification());
    }
    evidence.handInDp(
        candidateId, DossierDocument.fileName(d, locale), DossierDocument.render(d, locale));
  }

  private User author() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }
}
