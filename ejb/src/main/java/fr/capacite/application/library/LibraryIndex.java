package fr.capacite.application.library;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;

/**
 * Holds the library's search index ({@code capacite.index}, else a fresh temporary folder), keeps
 * it fresh after each committed change, and rebuilds it from the database on start and on demand,
 * reporting progress. The database is the truth: losing the index loses nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupData")
public class LibraryIndex {

  public static final String DIRECTORY_PROPERTY = "capacite.index";
  private static final Logger LOG = Logger.getLogger(LibraryIndex.class.getName());

  @EJB private LibraryIndexer indexer;
  @EJB private SearchOutbox outbox;

  /**
   * How far back each poll of the change log looks. A change whose transaction commits later than
   * this after it was logged (a very long import) is left to the next rebuild.
   */
  static final java.time.Duration OUTBOX_WINDOW = java.time.Duration.ofMinutes(5);

  /** The log lines this server has applied, by id, kept while they are in the window. */
  private final Map<Long, java.time.Instant> applied =
      new java.util.concurrent.ConcurrentHashMap<>();

  @jakarta.annotation.Resource private jakarta.ejb.SessionContext ctx;

  private SearchIndex index;
  private volatile int done;
  private volatile int total;
  private volatile boolean rebuilding;

  @PostConstruct
  void open() {
    try {
      String configured = System.getProperty(DIRECTORY_PROPERTY);
      Path dir =
          configured == null
              ? Files.createTempDirectory("capacite-index-")
              : Files.createDirectories(Path.of(configured));
      index = new SearchIndex(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A kept index that reflects the database as it is, analysed and written as today, is used as
    // it is; otherwise it is rebuilt from the database in the background (searches work meanwhile).
    Map<String, String> kept = index.committedData();
    if (FrenchAnalyzer.VERSION.equals(kept.get(ANALYSIS))
        && SearchIndex.FORMAT.equals(kept.get(FORMAT))
        && indexer.fingerprint().equals(kept.get(FINGERPRINT))) {
      total = indexer.countVisible();
      done = total;
      LOG.info(() -> "Library index kept: " + total + " resource(s), up to date");
    } else {
      startRebuild();
    }
  }

  /** What an index commit records: the analysis it was built with and the rows it reflects. */
  private static final String ANALYSIS = "analysis";

  private static final String FINGERPRINT = "fingerprint";

  private static final String FORMAT = "format";

  private Map<String, String> state() {
    return Map.of(
        ANALYSIS,
        FrenchAnalyzer.VERSION,
        FORMAT,
        SearchIndex.FORMAT,
        FINGERPRINT,
        indexer.fingerprint());
  }

  @PreDestroy
  void close() {
    index.close();
  }

  /** Starts a rebuild in the background (the first start, or an administrator's request). */
  @Lock(LockType.READ)
  public boolean startRebuild() {
    if (rebuilding) {
      return false;
    }
    rebuilding = true;
    ctx.getBusinessObject(LibraryIndex.class).rebuild();
    return true;
  }

  @Asynchronous
  @Lock(LockType.READ)
  // Each batch in its own transaction: in one spanning the rebuild, the persistence context kept
  // every resource, revision and block read (a heap exhausted at 100,000 resources).
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public void rebuild() {
    try {
      done = 0;
      total = indexer.countVisible();
      index.removeAll();
      long after = 0;
      while (true) {
        LibraryIndexer.Batch batch = indexer.documentsAfter(after, LibraryIndexer.BATCH);
        if (batch.documents().isEmpty() && batch.lastId() == after) {
          break;
        }
        for (SearchIndex.Doc d : batch.documents()) {
          index.put(d);
          done++;
        }
        after = batch.lastId();
        if (done % 10_000 < LibraryIndexer.BATCH) {
          LOG.info(() -> "Library index: " + done + " of " + total + " resource(s)");
        }
      }
      index.commit(state());
      LOG.info(() -> "Library index rebuilt: " + done + " resource(s)");
    } finally {
      rebuilding = false;
    }
  }

  /** After a committed change, the resource's document is replaced (or removed if hidden). */
  @Lock(LockType.READ)
  public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged e) {
    indexer.document(e.slug()).ifPresentOrElse(index::put, () -> index.remove(e.slug()));
    index.commit(state());
  }

  /**
   * Every second, applies the changes other servers logged (a resource published on one is found by
   * search on all within about a second). Each line is applied once; applying is idempotent.
   */
  @jakarta.ejb.Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  @Lock(LockType.READ)
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public void followOtherServers() {
    if (rebuilding) {
      return;
    }
    java.time.Instant since = java.time.Instant.now().minus(OUTBOX_WINDOW);
    java.util.List<fr.capacite.domain.library.SearchChange> changes;
    try {
      changes = outbox.othersSince(since);
    } catch (jakarta.ejb.EJBException e) {
      // The database is out of reach (the pages say so): try again at the next second, quietly.
      LOG.fine(() -> "change log not read: " + e);
      return;
    }
    boolean changed = false;
    for (fr.capacite.domain.library.SearchChange c : changes) {
      if (applied.putIfAbsent(c.getId(), c.getChangedAt()) == null) {
        indexer.document(c.getSlug()).ifPresentOrElse(index::put, () -> index.remove(c.getSlug()));
        changed = true;
      }
    }
    if (changed) {
      index.commit(state());
    }
    applied.values().removeIf(t -> t.isBefore(since.minusSeconds(60)));
  }

  @Lock(LockType.READ)
  public SearchIndex.Result search(
      String words,
      Map<String, Set<String>> filters,
      SearchIndex.Order order,
      int first,
      int size,
      boolean publishedOnly) {
    return index.search(words, filters, order, first, size, publishedOnly);
  }

  @Lock(LockType.READ)
  public int getDone() {
    return done;
  }

  @Lock(LockType.READ)
  public int getTotal() {
    return total;
  }

  @Lock(LockType.READ)
  public boolean isRebuilding() {
    return rebuilding;
  }
}
