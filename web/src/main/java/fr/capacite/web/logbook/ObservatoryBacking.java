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
import java.util.List;
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
}
