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

  /** Rows per page of results. */
  static final int ROWS = 20;

  /** The first row shown (from the address's page number). */
  private int first;

  @PostConstruct
  void init() {
    SearchIndex.DIMENSIONS.forEach(d -> selected.put(d, new String[0]));
    model = new PagedModel<>(this::page, LibraryViews.Summary::slug);
    readAddress();
    facets = search.search(words, filters(), order, 0, 1).facets();
  }

  /**
   * The search lives in the address, so that it can be shared, bookmarked and found again with
   * Back: {@code ?q=words&order=DATE&theme=CYBER&theme=SENIORS&page=2}.
   */
  private void readAddress() {
    var ec = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String[]> params = ec.getRequestParameterValuesMap();
    String q = ec.getRequestParameterMap().get("q");
    if (q != null && !q.isBlank()) {
      words = q.length() > 200 ? q.substring(0, 200) : q;
    }
    String o = ec.getRequestParameterMap().get("order");
    if (o != null) {
      for (SearchIndex.Order candidate : SearchIndex.Order.values()) {
        if (candidate.name().equals(o)) {
          order = candidate;
        }
      }
    }
    for (String d : SearchIndex.DIMENSIONS) {
      String[] values = params.get(d);
      if (values != null) {
        selected.put(d, java.util.Arrays.stream(values).limit(20).toArray(String[]::new));
      }
    }
    String page = ec.getRequestParameterMap().get("page");
    if (page != null && page.matches("\\d{1,5}")) {
      first = (Integer.parseInt(page) - 1) * ROWS;
      first = Math.max(0, first);
    }
  }

  /** A new search starts on the first page. */
  public void searchChanged() {
    first = 0;
    var table =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent("search:table");
    if (table instanceof org.primefaces.component.datatable.DataTable t) {
      t.setFirst(0);
    }
  }

  public void onPage(org.primefaces.event.data.PageEvent e) {
    first = e.getPage() * ROWS;
  }

  /** The address of the search as it stands (written into the page for the browser's history). */
  public String getAddress() {
    StringBuilder url = new StringBuilder("index.xhtml");
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (words != null && !words.isBlank()) {
      parts.add("q=" + encode(words.trim()));
    }
    if (order != SearchIndex.Order.RELEVANCE) {
      parts.add("order=" + order.name());
    }
    filters().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                e.getValue().stream()
                    .sorted()
                    .forEach(v -> parts.add(e.getKey() + "=" + encode(v))));
    if (first > 0) {
      parts.add("page=" + (first / ROWS + 1));
    }
    if (!parts.isEmpty()) {
      url.append('?').append(String.join("&", parts));
    }
    return url.toString();
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }

  public int getRows() {
    return ROWS;
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
