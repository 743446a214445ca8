package fr.capacite.web.library;

import fr.capacite.application.library.LibrarySearch;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.SearchIndex;
import fr.capacite.application.shared.PageSlice;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /library/index.xhtml}: searches the library in French, narrows by facets (with counts),
 * orders by relevance, quality or date, one page at a time. Administrators rebuild the index.
 */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Message prefix of each facet's values. */
  static final Map<String, String> LABELS =
      Map.of(
          "theme", "Theme.",
          "type", "ResourceType.",
          "audience", "Audience.",
          "format", "ResourceFormat.",
          "label", "library.label.",
          "licence", "Licence.");

  @EJB private LibrarySearch search;

  private String words;
  private SearchIndex.Order order = SearchIndex.Order.RELEVANCE;

  /** Ticked values per facet; Faces puts a String[] in a map entry, whatever was there. */
  private Map<String, Object> selected = new HashMap<>();

  private Map<String, List<SearchIndex.FacetCount>> facets = new LinkedHashMap<>();
  private PagedModel<LibraryViews.Summary> model;

  @PostConstruct
  void init() {
    SearchIndex.DIMENSIONS.forEach(d -> selected.put(d, new String[0]));
    model = new PagedModel<>(this::page, LibraryViews.Summary::slug);
    facets = search.search(words, filters(), order, 0, 1).facets();
  }

  private PageSlice<LibraryViews.Summary> page(int first, int size) {
    LibrarySearch.Page p = search.search(words, filters(), order, first, size);
    facets = p.facets();
    return p.results();
  }

  private Map<String, Set<String>> filters() {
    Map<String, Set<String>> out = new HashMap<>();
    selected.forEach(
        (d, v) -> {
          Set<String> values = new java.util.HashSet<>();
          if (v instanceof Object[] array) {
            for (Object o : array) {
              values.add(String.valueOf(o));
            }
          } else if (v instanceof java.util.Collection<?> c) {
            c.forEach(o -> values.add(String.valueOf(o)));
          }
          out.put(d, values);
        });
    return out;
  }

  /** The label of a facet value, translated where the value is a code. */
  public String label(String dimension, String value) {
    String prefix = LABELS.get(dimension);
    return prefix == null ? value : Messages.text(prefix + value);
  }

  public void rebuild() {
    if (search.rebuild()) {
      Messages.info("library.index.started");
    }
  }

  public int[] getProgress() {
    return search.progress();
  }

  /** Documents indexed so far, in percent of the resources to index (100 when idle). */
  public int getProgressPercent() {
    int[] p = search.progress();
    return p[1] == 0 ? 100 : Math.min(100, p[0] * 100 / p[1]);
  }

  public SearchIndex.Order[] getOrders() {
    return SearchIndex.Order.values();
  }

  public List<String> getDimensions() {
    return SearchIndex.DIMENSIONS;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public SearchIndex.Order getOrder() {
    return order;
  }

  public void setOrder(SearchIndex.Order order) {
    this.order = order;
  }

  public Map<String, Object> getSelected() {
    return selected;
  }

  public Map<String, List<SearchIndex.FacetCount>> getFacets() {
    return facets;
  }

  public PagedModel<LibraryViews.Summary> getModel() {
    return model;
  }
}
