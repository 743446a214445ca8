package fr.capacite.application.logbook;

import fr.capacite.application.shared.ConcurrentEditException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.identity.User;
import fr.capacite.domain.logbook.LogKind;
import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.domain.logbook.PracticeEntry;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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

/**
 * A mediator's practice logbook: they log, read, correct and delete their own entries, and no one
 * else's (another's entry does not exist for them). The organisation will read them in aggregate
 * only.
 */
@Stateless
@RolesAllowed(Role.Names.MEDIATOR)
public class LogbookService {

  /** An entry as its author lists and edits it. */
  public record EntryView(long id, PracticeEntry.Facts facts, long version)
      implements Serializable {}

  /** What the author narrows their logbook to; null fields do not narrow. */
  public record Filter(LocalDate from, LocalDate to, LogKind kind, LogTheme theme, String followUp)
      implements Serializable {

    public static Filter none() {
      return new Filter(null, null, null, null, null);
    }
  }

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext ctx;

  private final Clock clock = Clock.system(FrenchTime.ZONE);

  /** Logs an accompaniment; returns the entry. */
  public long log(PracticeEntry.Facts facts) {
    PracticeEntry e = checked(() -> new PracticeEntry(me(), facts, today(), Instant.now(clock)));
    em.persist(e);
    em.flush();
    return e.getId();
  }

  /** Corrects one of the caller's entries, as it was when they read it. */
  public void update(long id, long expectedVersion, PracticeEntry.Facts facts) {
    PracticeEntry e = own(id, true);
    if (e.getVersion() != expectedVersion) {
      throw new ConcurrentEditException();
    }
    checked(
        () -> {
          e.describe(facts, today());
          return e;
        });
  }

  /** Deletes one of the caller's entries. */
  public void delete(long id) {
    em.remove(own(id, true));
  }

  public EntryView get(long id) {
    PracticeEntry e = own(id, false);
    return new EntryView(e.getId(), e.facts(), e.getVersion());
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
            .map(e -> new EntryView(e.getId(), e.facts(), e.getVersion()))
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
            .map(PracticeEntry::facts)
            .toList());
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
