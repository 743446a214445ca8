package fr.capacite.web.cohort;

import fr.capacite.application.cohort.OfferCatalogue;
import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.organisation.Territory;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /offers/index.xhtml}: the public catalogue of training offers, for anyone. As the
 * library's search, a plain GET form whose address is the search ({@code
 * ?region=76&scope=CCP1&places=true&page=2}), without session or view state.
 */
@Named
@RequestScoped
public class OffersBacking {

  static final int ROWS = 20;

  @EJB private OfferCatalogue catalogue;

  private String words;
  private String region;
  private String department;
  private LocalDate from;
  private LocalDate to;
  private Modality modality;
  private String scope;
  private String programme;
  private boolean withPlaces;
  private boolean accessible;
  private boolean referent;
  private int page = 1;
  private boolean badDate;
  private OfferCatalogue.Page result;

  @PostConstruct
  void init() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    words = text(p.get("q"), 200);
    region = Territory.region(p.get("region")).map(Territory.Region::code).orElse(null);
    department =
        Territory.department(p.get("department")).map(Territory.Department::code).orElse(null);
    from = date(p.get("from"));
    to = date(p.get("to"));
    modality =
        Arrays.stream(Modality.values())
            .filter(m -> m.name().equals(p.get("modality")))
            .findFirst()
            .orElse(null);
    scope = text(p.get("scope"), 40);
    programme = text(p.get("programme"), 40);
    withPlaces = "true".equals(p.get("places"));
    accessible = "true".equals(p.get("accessible"));
    referent = "true".equals(p.get("referent"));
    String n = p.get("page");
    if (n != null && n.matches("\\d{1,4}")) {
      page = Math.max(1, Integer.parseInt(n));
    }
    if (badDate) {
      Messages.error("offers.badDate");
    }
    result =
        catalogue.search(
            new OfferCatalogue.Query(
                words,
                region,
                department,
                from,
                to,
                modality,
                scope,
                programme,
                withPlaces,
                accessible,
                referent),
            (page - 1) * ROWS,
            ROWS);
  }

  private static String text(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  /** A date field's value (the browser sends yyyy-MM-dd); a wrong one is said and left out. */
  private LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      badDate = true;
      return null;
    }
  }

  /** This search at another page. */
  public String pageAddress(int n) {
    List<String> parts = new ArrayList<>();
    add(parts, "q", words);
    add(parts, "region", region);
    add(parts, "department", department);
    add(parts, "from", from == null ? null : from.toString());
    add(parts, "to", to == null ? null : to.toString());
    add(parts, "modality", modality == null ? null : modality.name());
    add(parts, "scope", scope);
    add(parts, "programme", programme);
    add(parts, "places", withPlaces ? "true" : null);
    add(parts, "accessible", accessible ? "true" : null);
    add(parts, "referent", referent ? "true" : null);
    if (n > 1) {
      parts.add("page=" + n);
    }
    return "index.xhtml" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public List<OfferCatalogue.Offer> getOffers() {
    return result.offers().items();
  }

  public long getTotal() {
    return result.offers().total();
  }

  public int getPages() {
    return (int) Math.max(1, (getTotal() + ROWS - 1) / ROWS);
  }

  public List<Integer> getPageLinks() {
    return fr.capacite.web.library.LibraryBacking.pageLinks(page, getPages());
  }

  /** The values found for a filter, with their counts. */
  public List<OfferCatalogue.Count> counts(String filter) {
    return result.counts().getOrDefault(filter, List.of());
  }

  /** Every region, for the filter: those with offers say how many. */
  public List<Territory.Region> getRegions() {
    return Territory.regions();
  }

  /** The departments of the chosen region, or every department. */
  public List<Territory.Department> getDepartments() {
    return Territory.departments().stream()
        .filter(d -> region == null || d.region().equals(region))
        .toList();
  }

  public Map<String, String> getProgrammes() {
    return catalogue.programmes();
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  /** The scopes present in the catalogue, the whole title first. */
  public List<String> getScopes() {
    return catalogue.scopes();
  }

  /**
   * A price as people read it in the page's language ("5 950 € TTC", "€5,950 including VAT"), cents
   * only when there are some; "free" for 0.
   */
  public static String priceLabel(java.math.BigDecimal price) {
    if (price.signum() == 0) {
      return Messages.text("offers.free");
    }
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    var format =
        java.text.NumberFormat.getCurrencyInstance(
            "en".equals(locale.getLanguage()) ? java.util.Locale.UK : java.util.Locale.FRANCE);
    format.setCurrency(java.util.Currency.getInstance("EUR"));
    boolean cents = price.stripTrailingZeros().scale() > 0;
    format.setMinimumFractionDigits(cents ? 2 : 0);
    format.setMaximumFractionDigits(cents ? 2 : 0);
    return Messages.text("offers.price", format.format(price));
  }

  public String price(java.math.BigDecimal price) {
    return priceLabel(price);
  }

  /** A scope as people read it: "Titre complet", "CCP2 + CCP3". */
  public static String scopeLabel(String scope) {
    return Cohort.FULL_TITLE.equals(scope)
        ? Messages.text("offers.scope.FULL")
        : scope.replace("+", " + ");
  }

  public String scopeName(String scope) {
    return scopeLabel(scope);
  }

  public String regionName(String code) {
    return Territory.region(code).map(Territory.Region::name).orElse("");
  }

  public String departmentName(String code) {
    return Territory.department(code).map(d -> d.name() + " (" + d.code() + ")").orElse("");
  }

  public boolean isNarrowed() {
    return words != null
        || region != null
        || department != null
        || from != null
        || to != null
        || modality != null
        || scope != null
        || programme != null
        || withPlaces
        || accessible
        || referent;
  }

  public String getWords() {
    return words;
  }

  public String getRegion() {
    return region;
  }

  public String getDepartment() {
    return department;
  }

  public LocalDate getFrom() {
    return from;
  }

  public LocalDate getTo() {
    return to;
  }

  public Modality getModality() {
    return modality;
  }

  public String getScope() {
    return scope;
  }

  public String getProgramme() {
    return programme;
  }

  public boolean isWithPlaces() {
    return withPlaces;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public boolean isReferent() {
    return referent;
  }

  public int getPage() {
    return page;
  }

  public int getRows() {
    return ROWS;
  }
}
