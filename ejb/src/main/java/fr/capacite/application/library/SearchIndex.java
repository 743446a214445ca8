package fr.capacite.application.library;

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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
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
      String slug,
      String title,
      String summary,
      String content,
      Map<String, Set<String>> facets,
      double quality,
      long changedAt)
      implements Serializable {}

  public enum Order {
    RELEVANCE,
    QUALITY,
    DATE
  }

  public record FacetCount(String value, int count) implements Serializable {}

  /** One page of slugs, the total, and the counts of each facet value in the whole result. */
  public record Result(List<String> slugs, long total, Map<String, List<FacetCount>> facets)
      implements Serializable {}

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
    doc.add(new TextField("title", d.title(), Field.Store.NO));
    doc.add(new TextField("summary", d.summary(), Field.Store.NO));
    doc.add(new TextField("content", d.content(), Field.Store.NO));
    d.facets()
        .forEach(
            (dim, values) ->
                values.forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim, v))));
    doc.add(new DoubleDocValuesField("quality", d.quality()));
    doc.add(new NumericDocValuesField("changed", d.changedAt()));
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

  /**
   * Searches: words in French (an empty query lists everything), filters per facet (values of one
   * facet are alternatives, facets combine), one page in the order asked.
   */
  public Result search(
      String words, Map<String, Set<String>> filters, Order order, int first, int size) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query base =
            words == null || words.isBlank()
                ? new MatchAllDocsQuery()
                : new SimpleQueryParser(new FrenchAnalyzer(), WEIGHTS).parse(words);
        DrillDownQuery query = new DrillDownQuery(config, base);
        filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
        int n = Math.max(1, first + size);
        // One pass over the matches for the page, the exact count and the facets.
        Sort sort =
            switch (order) {
              case RELEVANCE -> null;
              case QUALITY -> new Sort(new SortField("quality", SortField.Type.DOUBLE, true));
              case DATE -> new Sort(new SortField("changed", SortField.Type.LONG, true));
            };
        FacetsCollectorManager.FacetsResult found =
            sort == null
                ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
                : FacetsCollectorManager.search(
                    searcher, query, n, sort, new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        List<String> slugs = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        var stored = searcher.storedFields();
        for (int i = first; i < docs.length && i < first + size; i++) {
          slugs.add(stored.document(docs[i].doc, Set.of("slug")).get("slug"));
        }
        return new Result(slugs, top.totalHits.value, facets(searcher, found.facetsCollector()));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      out.put(dim, counts);
    }
    return out;
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
