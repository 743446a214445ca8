package fr.capacite.application.library;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Closeable;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The library's full-text index (Lucene): one document per visible resource at its shown revision,
 * searched in French (title, summary, content) with facets (theme, type, audience, format,
 * competence, label, licence) and sorting by relevance, quality or date. The database stays the
 * truth; the index can always be rebuilt from it.
 */
public final class SearchIndex implements Closeable {

  /** Facet dimensions, in the order pages show them. */
  public static final List<String> DIMENSIONS =
      List.of("theme", "type", "audience", "format", "competence", "label", "licence");

  private static final Map<String, Float> WEIGHTS =
      Map.of("title", 3f, "summary", 2f, "content", 1f);

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig config = new FacetsConfig();

  /** What is indexed of a resource. */
  public record Doc(
      long id,
      String slug,
      String title,
      String summary,
      String content,
      Map<String, Set<String>> facets,
      double quality,
      long changedAt,
      boolean published)
      implements Serializable {}

  public enum Order {
    RELEVANCE,
    QUALITY,
    DATE
  }

  public record FacetCount(String value, int count) implements Serializable {}

  /**
   * What the index holds besides the analysis ({@link FrenchAnalyzer#VERSION}): an index written in
   * another format is rebuilt. 2: the identity, title and summary shown are stored with the
   * document, and the sort fields are points too. 3: whether the resource is published (what
   * readers without an account may find).
   */
  public static final String FORMAT = "3";

  /** One result: the resource and what its summary shows (from its shown revision). */
  public record Hit(long id, String slug, String title, String summary) implements Serializable {}

  /** One page of hits, the total, and the counts of each facet value in the whole result. */
  public record Result(List<Hit> hits, long total, Map<String, List<FacetCount>> facets)
      implements Serializable {

    public List<String> slugs() {
      return hits.stream().map(Hit::slug).toList();
    }
  }

  /** The total and facet counts of one query and its filters, whatever the order and page. */
  private record Counts(long total, Map<String, List<FacetCount>> facets) {}

  private record CountsKey(String words, Map<String, Set<String>> filters, boolean publishedOnly) {}

  private record PageKey(CountsKey query, Order order, int first, int size) {}

  /**
   * What was found in one index reader. A reader never changes, so neither do its answers: they are
   * kept until the next refresh, as Solr's query-result and filter caches do. A query met again
   * with its filters costs only its page (Lucene finds it without visiting every match); a page met
   * again costs nothing. Counting facets over every match and reading the stored fields of the hits
   * were most of a search's cost at 100,000 resources.
   */
  private record Found(
      org.apache.lucene.index.IndexReader reader,
      Cache<CountsKey, Counts> counts,
      Cache<PageKey, List<Hit>> pages) {

    Found(org.apache.lucene.index.IndexReader reader) {
      this(
          reader,
          Caffeine.newBuilder().maximumSize(COUNTS_KEPT).build(),
          Caffeine.newBuilder().maximumSize(PAGES_KEPT).build());
    }
  }

  /** Distinct queries with their filters kept per reader: a few hundred bytes each. */
  static final int COUNTS_KEPT = 4_096;

  /** Pages kept per reader: a few kilobytes each (titles and summaries of up to 100 hits). */
  static final int PAGES_KEPT = 2_048;

  private volatile Found found;

  /** Query analysis (analyzers are thread-safe and keep their token streams per thread). */
  private final FrenchAnalyzer queryAnalyzer = new FrenchAnalyzer();

  public SearchIndex(Directory directory) {
    try {
      writer = new IndexWriter(directory, new IndexWriterConfig(new FrenchAnalyzer(true)));
      // An empty index still needs a commit point for the first reader.
      writer.commit();
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DIMENSIONS.forEach(d -> config.setMultiValued(d, true));
  }

  /** Adds or replaces the resource's document. */
  public void put(Doc d) {
    Document doc = new Document();
    doc.add(new StringField("slug", d.slug(), Field.Store.YES));
    // The identity too: the database finds the live figures of a page of hits by primary key.
    doc.add(new StoredField("id", d.id()));
    // Title and summary stored: a page of results is shown without reading the revisions again.
    doc.add(new TextField("title", d.title(), Field.Store.YES));
    doc.add(new TextField("summary", d.summary(), Field.Store.YES));
    doc.add(new TextField("content", d.content(), Field.Store.NO));
    doc.add(new StringField(PUBLISHED, d.published() ? YES : NO, Field.Store.NO));
    d.facets()
        .forEach(
            (dim, values) ->
                values.forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v))));
    // Points beside the doc values of the same name let a sorted search skip the documents that
    // cannot enter the page (Lucene's numeric sort optimisation) instead of visiting every match.
    doc.add(new DoubleDocValuesField("quality", d.quality()));
    doc.add(new DoublePoint("quality", d.quality()));
    doc.add(new NumericDocValuesField("changed", d.changedAt()));
    doc.add(new LongPoint("changed", d.changedAt()));
    try {
      writer.updateDocument(new Term("slug", d.slug()), config.build(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void remove(String slug) {
    try {
      writer.deleteDocuments(new Term("slug", slug));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void removeAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the changes durable and visible to searches, recording with them what they reflect (see
   * {@link #committedData()}).
   */
  public void commit(Map<String, String> data) {
    writer.setLiveCommitData(Map.copyOf(data).entrySet());
    commit();
  }

  /** What the last commit recorded (empty for a new index). */
  public Map<String, String> committedData() {
    Map<String, String> out = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Makes the changes durable and visible to searches. */
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PUBLISHED = "published";
  private static final String YES = "yes";
  private static final String NO = "no";

  /**
   * Searches: words in French (an empty query lists everything), filters per facet (values of one
   * facet are alternatives, facets combine), one page in the order asked; with {@code
   * publishedOnly}, among the published resources alone (readers without an account).
   */
  public Result search(
      String words,
      Map<String, Set<String>> filters,
      Order order,
      int first,
      int size,
      boolean publishedOnly) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query base =
            words == null || words.isBlank()
                ? new MatchAllDocsQuery()
                : new SimpleQueryParser(queryAnalyzer, WEIGHTS).parse(words);
        if (publishedOnly) {
          // A filter, not a clause: it narrows the matches without changing their scores.
          base =
              new BooleanQuery.Builder()
                  .add(base, BooleanClause.Occur.MUST)
                  .add(new TermQuery(new Term(PUBLISHED, YES)), BooleanClause.Occur.FILTER)
                  .build();
        }
        DrillDownQuery query = new DrillDownQuery(config, base);
        filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
        int n = Math.max(1, first + size);
        Sort sort =
            switch (order) {
              case RELEVANCE -> null;
              case QUALITY -> new Sort(new SortField("quality", SortField.Type.DOUBLE, true));
              case DATE -> new Sort(new SortField("changed", SortField.Type.LONG, true));
            };
        Found known = foundIn(searcher);
        CountsKey key =
            new CountsKey(
                words == null ? "" : words.strip(),
                Map.copyOf(
                    filters.entrySet().stream()
                        .collect(
                            java.util.stream.Collectors.toMap(
                                Map.Entry::getKey, e -> Set.copyOf(e.getValue())))),
                publishedOnly);
        PageKey pageKey = new PageKey(key, order, first, size);
        Counts counts = known.counts().getIfPresent(key);
        List<Hit> hits = counts == null ? null : known.pages().getIfPresent(pageKey);
        if (hits == null) {
          TopDocs top;
          if (counts != null) {
            // Counted already: only the page, which Lucene finds without visiting every match.
            top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
          } else {
            // One pass over the matches for the page, the exact count and the facets.
            FacetsCollectorManager.FacetsResult all =
                sort == null
                    ? FacetsCollectorManager.search(
                        searcher, query, n, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(
                        searcher, query, n, sort, new FacetsCollectorManager());
            top = all.topDocs();
            counts = new Counts(top.totalHits.value, facets(searcher, all.facetsCollector()));
            known.counts().put(key, counts);
          }
          hits = hitsOf(searcher, top.scoreDocs, first, size);
          known.pages().put(pageKey, hits);
        }
        return new Result(hits, counts.total(), counts.facets());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Set<String> SHOWN = Set.of("id", "slug", "title", "summary");

  private static List<Hit> hitsOf(IndexSearcher searcher, ScoreDoc[] docs, int first, int size)
      throws IOException {
    List<Hit> hits = new ArrayList<>();
    var stored = searcher.storedFields();
    for (int i = first; i < docs.length && i < first + size; i++) {
      Document d = stored.document(docs[i].doc, SHOWN);
      hits.add(
          new Hit(
              d.getField("id").numericValue().longValue(),
              d.get("slug"),
              d.get("title"),
              d.get("summary")));
    }
    return List.copyOf(hits);
  }

  private Found foundIn(IndexSearcher searcher) {
    Found known = found;
    if (known != null && known.reader() == searcher.getIndexReader()) {
      return known;
    }
    // A search still on the previous reader may take the place back for a moment: the next
    // searches then miss once, never getting the answers of another reader.
    Found fresh = new Found(searcher.getIndexReader());
    found = fresh;
    return fresh;
  }

  /** The facet ordinals of one index reader: built once per refresh, not per query. */
  private record FacetState(
      org.apache.lucene.index.IndexReader reader, SortedSetDocValuesReaderState state) {}

  private volatile FacetState facetState;

  private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    FacetState known = facetState;
    if (known != null && known.reader() == searcher.getIndexReader()) {
      return known.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config);
    } catch (IllegalArgumentException empty) {
      return null; // no facet value indexed yet
    }
    facetState = new FacetState(searcher.getIndexReader(), state);
    return state;
  }

  private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector fc)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = facetState(searcher);
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : DIMENSIONS) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult r;
      try {
        r = facets.getTopChildren(50, dim);
      } catch (IllegalArgumentException notIndexed) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.intValue()));
        }
      }
      out.put(dim, List.copyOf(counts));
    }
    // Shared by every request that meets these counts again: never changed after this.
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
