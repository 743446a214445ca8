package fr.capacite.web.library;

import fr.capacite.application.library.LibrarySearch;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.library.SearchIndex;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /library/index.xhtml}: searches the library in French, narrows by facets (with counts),
 * orders by relevance, quality or date, one page at a time — for members and, among published
 * resources, for anyone. The whole search is the page's address ({@code
 * ?q=words&order=DATE&theme=CYBER&theme=SENIORS&page=2}) and the form is a plain GET form: a search
 * is shared, bookmarked and found again with Back, works without scripts, and keeps nothing on the
 * server (no view state, no session for a visitor).
 */
@Named
@RequestScoped
public class LibraryBacking {

  /** Message prefix of each facet's values. */
  static final Map<String, String> LABELS =
      Map.of(
          "theme", "Theme.",
          "type", "ResourceType.",
          "audience", "Audience.",
          "format", "ResourceFormat.",
          "label", "library.label.",
          "licence", "Licence.");

  /** Rows per page of results. */
  static final int ROWS = 20;

  /**
   * The last page one can reach by paging (10,000 results): further pages cost the index more than
   * they serve anyone; the page asks to narrow the search instead.
   */
  static final int MAX_PAGE = 500;

  /** A facet ticks at most this many values (a longer address is not a person's search). */
  static final int MAX_VALUES = 20;

  @EJB private LibrarySearch search;

  private String words;
  private SearchIndex.Order order = SearchIndex.Order.RELEVANCE;
  private final Map<String, Set<String>> selected = new HashMap<>();
  private int page = 1;
  private LibrarySearch.Page result;

  @PostConstruct
  void init() {
    SearchIndex.DIMENSIONS.forEach(d -> selected.put(d, Set.of()));
    readAddress();
    try {
      result = search.search(words, selected, order, (page - 1) * ROWS, ROWS);
    } catch (InvalidInputException e) {
      // Words too long, cut by a hand-made address: said on the page, nothing found.
      Messages.error(e);
      words = null;
      result = search.search(null, selected, order, (page - 1) * ROWS, ROWS);
    }
  }

  private void readAddress() {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, String> one = ec.getRequestParameterMap();
    Map<String, String[]> all = ec.getRequestParameterValuesMap();
    String q = one.get("q");
    if (q != null && !q.isBlank()) {
      words = q.strip();
    }
    String o = one.get("order");
    Arrays.stream(SearchIndex.Order.values())
        .filter(candidate -> candidate.name().equals(o))
        .findFirst()
        .ifPresent(candidate -> order = candidate);
    for (String d : SearchIndex.DIMENSIONS) {
      String[] values = all.get(d);
      if (values != null) {
        Set<String> kept = new LinkedHashSet<>();
        Arrays.stream(values).filter(v -> !v.isBlank()).limit(MAX_VALUES).forEach(kept::add);
        selected.put(d, Set.copyOf(kept));
      }
    }
    String p = one.get("page");
    if (p != null && p.matches("\\d{1,5}")) {
      page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(p)));
    }
  }

  /** The address of this search at another page (1-based), for the page links. */
  public String pageAddress(int n) {
    List<String> parts = new ArrayList<>();
    if (words != null) {
      parts.add("q=" + encode(words));
    }
    if (order != SearchIndex.Order.RELEVANCE) {
      parts.add("order=" + order.name());
    }
    for (String d : SearchIndex.DIMENSIONS) {
      selected.get(d).stream().sorted().forEach(v -> parts.add(d + "=" + encode(v)));
    }
    if (n > 1) {
      parts.add("page=" + n);
    }
    return "index.xhtml" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public List<LibraryViews.Summary> getResults() {
    return result.results().items();
  }

  public long getTotal() {
    return result.results().total();
  }

  /** The pages one may reach: as many as the results fill, up to {@link #MAX_PAGE}. */
  public int getPages() {
    long pages = (getTotal() + ROWS - 1) / ROWS;
    return (int) Math.max(1, Math.min(MAX_PAGE, pages));
  }

  /** Whether results lie beyond the last page one may reach. */
  public boolean isTruncated() {
    return getTotal() > (long) MAX_PAGE * ROWS;
  }

  /**
   * The page numbers to offer: the first, the last, and two on each side of the current one; 0
   * marks a gap ("…").
   */
  public List<Integer> getPageLinks() {
    return pageLinks(page, getPages());
  }

  public static List<Integer> pageLinks(int page, int last) {
    List<Integer> out = new ArrayList<>();
    for (int n = 1; n <= last; n++) {
      // A gap that would hide a single page shows that page instead ("1 … 3" says less than "1 2
      // 3").
      boolean shown = n == 1 || n == last || Math.abs(n - page) <= 2;
      boolean lonelyGap = n == 2 && page - 2 == 3 || n == last - 1 && page + 2 == last - 2;
      if (shown || lonelyGap) {
        out.add(n);
      } else if (out.get(out.size() - 1) != 0) {
        out.add(0);
      }
    }
    return out;
  }

  /** The facets with their counts, dimension by dimension (those with values). */
  public Map<String, List<SearchIndex.FacetCount>> getFacets() {
    return result.facets();
  }

  public boolean isSelected(String dimension, String value) {
    return selected.getOrDefault(dimension, Set.of()).contains(value);
  }

  /** Whether the search narrows anything (words or a ticked value), to offer a way back. */
  public boolean isNarrowed() {
    return words != null || selected.values().stream().anyMatch(v -> !v.isEmpty());
  }

  /** The label of a facet value, translated where the value is a code. */
  public String label(String dimension, String value) {
    String prefix = LABELS.get(dimension);
    return prefix == null ? value : Messages.text(prefix + value);
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

  public SearchIndex.Order getOrder() {
    return order;
  }

  public int getPage() {
    return page;
  }

  public int getRows() {
    return ROWS;
  }
}
