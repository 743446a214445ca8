package fr.capacite.application.logbook;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.logbook.CompetenceSuggestions;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.MediatorSite;
import fr.capacite.domain.logbook.PlaceKind;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.organisation.Territory;
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
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mediator's practice logbook: they log, read, correct and delete their own entries, and no one
 * else's (another's entry does not exist for them). The organisation will read them in aggregate
 * only.
 */
@Stateless
@RolesAllowed(Role.Names.MEDIATOR)
public class LogbookService {

  /** An entry as its author lists and edits it. */
  public record EntryView(
      long id,
      PracticeEntry.Facts facts,
      Long siteId,
      String siteName,
      List<CompetenceChoice> competences,
      long version)
      implements Serializable {

    static EntryView of(PracticeEntry e) {
      MediatorSite s = e.getSite();
      return new EntryView(
          e.getId(),
          e.facts(),
          s == null ? null : s.getId(),
          s == null ? null : s.getName(),
          e.getCompetences().stream()
              .map(CompetenceChoice::of)
              .sorted(CompetenceChoice.ORDER)
              .toList(),
          e.getVersion());
    }
  }

  /** A competence of the title an entry can illustrate ("CCP1.2" and its words). */
  public record CompetenceChoice(long id, String block, int order, String title)
      implements Serializable {

    static final java.util.Comparator<CompetenceChoice> ORDER =
        java.util.Comparator.comparing(CompetenceChoice::block)
            .thenComparingInt(CompetenceChoice::order);

    static CompetenceChoice of(Competence c) {
      return new CompetenceChoice(c.getId(), c.getBlock().getCode(), c.getOrder(), c.getTitle());
    }

    public String code() {
      return block + "." + order;
    }

    /**
     * Among the choices (those of {@link #competenceChoices()}), the competences suggested for an
     * accompaniment of this kind and themes, with a note or not: positions in the first block
     * ({@link CompetenceSuggestions}). Pure: the form asks it at each change without a read.
     */
    public static List<Long> suggested(
        List<CompetenceChoice> choices, LogKind kind, Set<LogTheme> themes, boolean noted) {
      var positions = CompetenceSuggestions.suggest(kind, themes, noted);
      String first = choices.isEmpty() ? null : choices.get(0).block();
      return choices.stream()
          .filter(c -> c.block().equals(first) && positions.contains(c.order()))
          .map(CompetenceChoice::id)
          .toList();
    }
  }

  /** One of the mediator's places of activity. */
  public record SiteView(
      long id,
      String name,
      String postalCode,
      String department,
      String departmentName,
      boolean archived,
      long version)
      implements Serializable {

    static SiteView of(MediatorSite s) {
      return new SiteView(
          s.getId(),
          s.getName(),
          s.getPostalCode(),
          s.getDepartment(),
          Territory.department(s.getDepartment()).map(Territory.Department::name).orElse(""),
          s.isArchived(),
          s.getVersion());
    }
  }

  /** What the author narrows their logbook to; null fields do not narrow. */
  public record Filter(LocalDate from, LocalDate to, LogKind kind, LogTheme theme, String followUp)
      implements Serializable {

    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  @PersistenceContext private EntityManager em;
  @EJB private CompetencesInForce inForce;
  @Resource private SessionContext ctx;

  private final Clock clock = Clock.system(FrenchTime.ZONE);

  /**
   * Logs an accompaniment, at one of the caller's sites when it happened at a place of activity
   * (siteId, else null); returns the entry.
   */
  public long log(PracticeEntry.Facts facts, Long siteId) {
    return log(facts, siteId, Set.of());
  }

  /** Logs an accompaniment with the competences of the title it illustrates (ids). */
  public long log(PracticeEntry.Facts facts, Long siteId, Set<Long> competenceIds) {
    MediatorSite at = siteId == null ? null : ownSite(siteId, false);
    Set<Competence> chosen = competences(competenceIds);
    PracticeEntry e =
        checked(
            () -> {
              User me = me();
              PracticeEntry n = new PracticeEntry(me, facts, today(), Instant.now(clock));
              n.locate(at, facts.place() == PlaceKind.ACTIVITY_SITE ? null : base(me));
              n.illustrate(chosen);
              return n;
            });
    em.persist(e);
    em.flush();
    LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
    VisitChains.rechain(em, e.getAuthor().getUsername(), e.getFollowUpCode());
    return e.getId();
  }

  /**
   * Logs an accompaniment and gives it back as it is read, in the same transaction (the JSON API
   * answers with the entry: a second transaction read it again, a sixth of a logging's work).
   */
  public EntryView logAndRead(PracticeEntry.Facts facts, Long siteId, Set<Long> competenceIds) {
    long id = log(facts, siteId, competenceIds);
    return EntryView.of(em.find(PracticeEntry.class, id));
  }

  /** Corrects one of the caller's entries, as it was when they read it. */
  public void update(long id, long expectedVersion, PracticeEntry.Facts facts, Long siteId) {
    update(id, expectedVersion, facts, siteId, null);
  }

  /** The same, with the competences it illustrates (null: left as they are). */
  public void update(
      long id,
      long expectedVersion,
      PracticeEntry.Facts facts,
      Long siteId,
      Set<Long> competenceIds) {
    PracticeEntry e = own(id, true);
    if (e.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    MediatorSite at = siteId == null ? null : ownSite(siteId, false);
    Set<Competence> chosen = competenceIds == null ? null : competences(competenceIds);
    String before = e.getFollowUpCode();
    LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
    checked(
        () -> {
          e.describe(facts, today());
          e.locate(at, facts.place() == PlaceKind.ACTIVITY_SITE ? null : base(e.getAuthor()));
          if (chosen != null) {
            e.illustrate(chosen);
          }
          return e;
        });
    LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
    // The person's visits in order again: its day or code may have changed (both chains then).
    VisitChains.rechain(em, e.getAuthor().getUsername(), e.getFollowUpCode());
    if (before != null && !before.equals(e.getFollowUpCode())) {
      VisitChains.rechain(em, e.getAuthor().getUsername(), before);
    }
  }

  /**
   * The competences an entry can illustrate: those of the title version in force today, block by
   * block in their official order (the blocks whose competences are known).
   */
  public List<CompetenceChoice> competenceChoices() {
    return inForce.choices(today());
  }

  /** The competences of one title version, block by block in their official order. */
  public List<CompetenceChoice> competenceChoices(CertificationVersion v) {
    return competencesOf(em, v);
  }

  static List<CompetenceChoice> competencesOf(EntityManager em, CertificationVersion v) {
    if (v.getBlocks().isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Competence.findByBlocks", Competence.class)
        .setParameter("blocks", v.getBlocks())
        .getResultStream()
        .map(CompetenceChoice::of)
        .toList();
  }

  /** The competences of these ids, in one read; an id that names none is refused. */
  private Set<Competence> competences(Set<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return Set.of();
    }
    // (Set.of's contains(null) throws: the ids are looked through instead.)
    if (ids.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidInputException("logbook.competenceUnknown");
    }
    if (ids.size() > PracticeEntry.MAX_COMPETENCES) {
      throw new InvalidInputException("logbook.tooManyCompetences");
    }
    Set<Competence> out =
        new java.util.HashSet<>(
            em.createQuery("SELECT c FROM Competence c WHERE c.id IN :ids", Competence.class)
                .setParameter("ids", ids)
                .getResultList());
    if (out.size() != ids.size()) {
      throw new InvalidInputException("logbook.competenceUnknown");
    }
    return out;
  }

  /** The caller's sites, open ones first. */
  public List<SiteView> sites() {
    return em.createNamedQuery("MediatorSite.ofOwner", MediatorSite.class)
        .setParameter("owner", ctx.getCallerPrincipal().getName())
        .setMaxResults(MediatorSite.MAX_PER_MEDIATOR)
        .getResultStream()
        .map(SiteView::of)
        .toList();
  }

  /** Adds a place of activity: a name and a postal code (which gives its department). */
  public long addSite(String name, String postalCode) {
    User me = me();
    long count =
        em.createQuery(
                "SELECT COUNT(s) FROM MediatorSite s WHERE s.owner = :me AND s.archived = FALSE",
                Long.class)
            .setParameter("me", me)
            .getSingleResult();
    if (count >= MediatorSite.MAX_PER_MEDIATOR) {
      throw new InvalidInputException("logbook.site.tooMany", MediatorSite.MAX_PER_MEDIATOR);
    }
    MediatorSite s = checked(() -> new MediatorSite(me, name, postalCode, Instant.now(clock)));
    em.persist(s);
    em.flush();
    return s.getId();
  }

  /** Closes or reopens one of the caller's sites, as it was when they read it. */
  public void archiveSite(long id, long expectedVersion, boolean archived) {
    MediatorSite s = ownSite(id, true);
    if (s.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    if (archived) {
      s.archive();
    } else {
      s.reopen();
    }
  }

  /** The caller's first open site: where their entries elsewhere (home, remote) count. */
  /**
   * The author's first open place. By the owner's key, not their name: through the name, Derby
   * walked the places in key order to avoid a sort and joined each to its owner (11 % of a
   * logging's time with 20,000 places, bench/RESULTS.md).
   */
  private MediatorSite base(User me) {
    return em.createQuery(
            "SELECT s FROM MediatorSite s WHERE s.owner = :me AND s.archived = FALSE ORDER BY"
                + " s.id",
            MediatorSite.class)
        .setParameter("me", me)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private MediatorSite ownSite(long id, boolean lock) {
    MediatorSite s =
        lock
            ? em.find(MediatorSite.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(MediatorSite.class, id);
    if (s == null || !s.getOwner().getUsername().equals(ctx.getCallerPrincipal().getName())) {
      throw new ObjectNotFoundException("site", id);
    }
    return s;
  }

  /** Deletes one of the caller's entries. */
  public void delete(long id) {
    PracticeEntry e = own(id, true);
    LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
    em.remove(e);
    VisitChains.rechain(em, e.getAuthor().getUsername(), e.getFollowUpCode());
  }

  public EntryView get(long id) {
    return EntryView.of(own(id, false));
  }

  /** The caller's entries, newest first, one page, narrowed by the filter. */
  public PageSlice<EntryView> mine(Filter filter, int first, int size) {
    Filter f = filter == null ? Filter.none() : filter;
    int from = PageSlice.clampFirst(first);
    int pageSize = PageSlice.clampSize(size);
    List<EntryView> items =
        narrowed("SELECT e", " ORDER BY e.day DESC, e.id DESC", f, PracticeEntry.class)
            .setFirstResult(from)
            .setMaxResults(pageSize)
            .getResultList()
            .stream()
            .map(EntryView::of)
            .toList();
    long total = narrowed("SELECT COUNT(e)", "", f, Long.class).getSingleResult();
    return new PageSlice<>(items, total, from, pageSize);
  }

  /** The caller's entries matching the filter, with the filter's parameters set. */
  private <T> TypedQuery<T> narrowed(String select, String order, Filter f, Class<T> type) {
    String where =
        " FROM PracticeEntry e WHERE e.author.username = :me"
            + (f.from() == null ? "" : " AND e.day >= :from")
            + (f.to() == null ? "" : " AND e.day <= :to")
            + (f.kind() == null ? "" : " AND e.kind = :kind")
            + (f.theme() == null ? "" : " AND :theme MEMBER OF e.themes")
            + (blank(f.followUp()) ? "" : " AND e.followUpCode = :code");
    TypedQuery<T> t = em.createQuery(select + where + order, type);
    t.setParameter("me", ctx.getCallerPrincipal().getName());
    if (f.from() != null) {
      t.setParameter("from", f.from());
    }
    if (f.to() != null) {
      t.setParameter("to", f.to());
    }
    if (f.kind() != null) {
      t.setParameter("kind", f.kind());
    }
    if (f.theme() != null) {
      t.setParameter("theme", f.theme());
    }
    if (!blank(f.followUp())) {
      t.setParameter("code", f.followUp().strip().toUpperCase(java.util.Locale.ROOT));
    }
    return t;
  }

  /** The largest logbook written to one file (ten years of a busy mediator's entries). */
  public static final int EXPORT_MAX = 20_000;

  /** The caller's entries, narrowed by the filter, as La Coop's CSV (newest first). */
  public String exportCsv(Filter filter) {
    // One read of at most EXPORT_MAX entries, themes batch-read; no count, no pages.
    return LogbookCsv.write(
        narrowed(
                "SELECT e",
                " ORDER BY e.day DESC, e.id DESC",
                filter == null ? Filter.none() : filter,
                PracticeEntry.class)
            .setMaxResults(EXPORT_MAX)
            .getResultStream()
            .map(EntryView::of)
            .toList());
  }

  /** What an import did: entries written, lines already in the logbook, lines refused. */
  public record ImportReport(int imported, int duplicates, List<LogbookImport.Problem> problems)
      implements Serializable {}

  /**
   * Imports a logbook exported by La Coop de la médiation numérique (or by Capacité): each valid
   * line becomes one of the caller's entries ({@link PracticeEntry#imported}: what La Coop does not
   * record stays not recorded), a line already in the logbook (same day, kind, length, themes,
   * place and note) is skipped, and refused lines are reported with their reason; the file is
   * refused whole when it is not a logbook or holds more than {@value #EXPORT_MAX} lines.
   */
  public ImportReport importCsv(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidInputException("logbook.import.empty");
    }
    if (csv.length() > LogbookImport.MAX_BYTES) {
      throw new InvalidInputException(
          "logbook.import.tooLarge", LogbookImport.MAX_BYTES / 1024 / 1024);
    }
    LogbookImport.Parsed parsed = LogbookImport.read(csv, sites(), today());
    if (parsed.problems().size() == 1 && parsed.problems().get(0).line() == 0) {
      throw new InvalidInputException(parsed.problems().get(0).key());
    }
    if (parsed.rows().size() + parsed.problems().size() > EXPORT_MAX) {
      throw new InvalidInputException("logbook.import.tooManyLines", EXPORT_MAX);
    }
    User me = me();
    MediatorSite base = base(me);
    Set<String> known = new java.util.HashSet<>();
    if (!parsed.rows().isEmpty()) {
      LocalDate from =
          parsed.rows().stream().map(r -> r.facts().day()).min(LocalDate::compareTo).get();
      LocalDate to =
          parsed.rows().stream().map(r -> r.facts().day()).max(LocalDate::compareTo).get();
      em.createQuery(
              "SELECT e FROM PracticeEntry e WHERE e.author = :me AND e.day BETWEEN :from AND :to",
              PracticeEntry.class)
          .setParameter("me", me)
          .setParameter("from", from)
          .setParameter("to", to)
          .getResultStream()
          .forEach(
              e ->
                  known.add(
                      signature(e.facts(), e.getSite() == null ? null : e.getSite().getId())));
    }
    Map<Long, MediatorSite> sites = new java.util.HashMap<>();
    Set<String> months = new java.util.HashSet<>(); // month and department, marked once each
    Set<String> codes = new java.util.HashSet<>();
    int imported = 0;
    int duplicates = 0;
    Instant now = Instant.now(clock);
    for (LogbookImport.Row r : parsed.rows()) {
      if (!known.add(signature(r.facts(), r.siteId()))) {
        duplicates++;
        continue;
      }
      MediatorSite at =
          r.siteId() == null ? null : sites.computeIfAbsent(r.siteId(), id -> ownSite(id, false));
      PracticeEntry e = PracticeEntry.imported(me, r.facts(), today(), now);
      e.locate(at, at == null ? base : null);
      em.persist(e);
      imported++;
      if (months.add(e.getMonthKey() + "|" + e.getDepartment())) {
        LogbookRollup.mark(em, e.getMonthKey(), e.getDepartment());
      }
      if (e.getFollowUpCode() != null) {
        codes.add(e.getFollowUpCode());
      }
    }
    em.flush();
    codes.forEach(code -> VisitChains.rechain(em, me.getUsername(), code));
    return new ImportReport(imported, duplicates, parsed.problems());
  }

  /** What makes two entries the same accompaniment, for an import read twice. */
  private static String signature(PracticeEntry.Facts f, Long siteId) {
    return f.day()
        + "|"
        + f.kind()
        + "|"
        + f.minutes()
        + "|"
        + f.participants()
        + "|"
        + new java.util.TreeSet<>(f.themes())
        + "|"
        + f.place()
        + "|"
        + siteId
        + "|"
        + (f.note() == null ? "" : f.note().strip());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private PracticeEntry own(long id, boolean lock) {
    PracticeEntry e =
        lock
            ? em.find(PracticeEntry.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(PracticeEntry.class, id);
    if (e == null || !e.getAuthor().getUsername().equals(ctx.getCallerPrincipal().getName())) {
      throw new ObjectNotFoundException("logbook entry", id);
    }
    return e;
  }

  private static <T> T checked(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private User me() {
    return em.createNamedQuery("User.findByUsername", User.class)
        .setParameter("username", ctx.getCallerPrincipal().getName())
        .getSingleResult();
  }
}
