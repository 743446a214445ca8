package fr.capacite.web.logbook;

import fr.capacite.application.logbook.LogbookFigures;
import fr.capacite.application.logbook.ObservatoryFigures;
import fr.capacite.domain.organisation.Territory;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /observatory/index.xhtml}: what mediators' logbooks say together, for anyone — what people
 * ask for and the impact, nationally, in a region or a department, over the last 3, 6 or 12 months.
 * A GET form whose address is the question ({@code ?department=69&months=6}), without session.
 */
@Named
@RequestScoped
public class ObservatoryBacking {

  @EJB private ObservatoryFigures service;

  private String region;
  private String department;
  private int months = 12;
  private LogbookFigures.Figures figures;
  private java.time.Instant computedAt;

  @PostConstruct
  void init() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String m = p.get("months");
    if (m != null && m.matches("\\d{1,2}") && LogbookFigures.PERIODS.contains(Integer.valueOf(m))) {
      months = Integer.parseInt(m);
    }
    LogbookFigures.Scope scope =
        LogbookFigures.Scope.asked(p.get("region"), p.get("department"), p.get("shown"));
    region = scope.region();
    department = scope.department();
    ObservatoryFigures.Kept kept = service.figures(scope, months, FrenchTime.today());
    figures = kept.figures();
    computedAt = kept.computedAt();
  }

  public java.time.Instant getComputedAt() {
    return computedAt;
  }

  public LogbookFigures.Figures getFigures() {
    return figures;
  }

  /** Where the figures are about, in words. */
  public String getPlace() {
    if (department != null) {
      return Territory.department(department).map(d -> d.name() + " (" + d.code() + ")").orElse("");
    }
    if (region != null) {
      return Territory.region(region).map(Territory.Region::name).orElse("");
    }
    return Messages.text("observatory.national");
  }

  /** The period, as "décembre 2025 – novembre 2026". */
  public String getPeriod() {
    return month(figures.from()) + " – " + month(figures.to());
  }

  public String month(YearMonth m) {
    Locale l = locale();
    return m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, l) + " " + m.getYear();
  }

  /** A month in short, for the series' table. */
  public String shortMonth(YearMonth m) {
    return m.format(DateTimeFormatter.ofPattern("MMM yyyy", locale()));
  }

  /** A count in the page's language, or "fewer than 5" when it is withheld. */
  public String count(LogbookFigures.Count c) {
    return c.shown()
        ? NumberFormat.getIntegerInstance(locale()).format(c.value())
        : Messages.text("observatory.fewer", LogbookFigures.THRESHOLD);
  }

  /** A share in the page's language ("67 %"), or a dash when it is withheld. */
  public String share(LogbookFigures.Share s) {
    if (!s.shown()) {
      return "—";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMaximumFractionDigits(0);
    return f.format(s.percent() / 100.0);
  }

  /** A trend as "+20 %" / "−8 %", or nothing when it cannot be given. */
  public String trend(Integer percent) {
    if (percent == null) {
      return "";
    }
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMaximumFractionDigits(0);
    return (percent > 0 ? "+" : percent < 0 ? "−" : "") + f.format(Math.abs(percent) / 100.0);
  }

  /**
   * The width of a theme's bar, against the most asked theme (a decoration: the figure is text).
   */
  public int width(LogbookFigures.Demand d) {
    if (!d.entries().shown() || figures.demand().isEmpty()) {
      return 0;
    }
    long top = figures.demand().get(0).entries().value();
    return (int) Math.max(1, Math.round(100.0 * d.entries().value() / top));
  }

  /** The open-data file of the same question. */
  public String getCsvAddress() {
    StringBuilder b = new StringBuilder("/api/observatory/figures.csv?months=").append(months);
    if (department != null) {
      b.append("&department=").append(department);
    } else if (region != null) {
      b.append("&region=").append(region);
    }
    return b.toString();
  }

  public List<Territory.Region> getRegions() {
    return Territory.regions();
  }

  public List<Territory.Department> getDepartments() {
    return Territory.departments();
  }

  public String periodLabel(int m) {
    return Messages.text("observatory.lastMonths", m);
  }

  public List<Integer> getPeriods() {
    return LogbookFigures.PERIODS;
  }

  public String getRegion() {
    return region;
  }

  public String getDepartment() {
    return department;
  }

  public int getMonths() {
    return months;
  }

  public int getThreshold() {
    return LogbookFigures.THRESHOLD;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
