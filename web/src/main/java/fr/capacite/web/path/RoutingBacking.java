package fr.capacite.web.path;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.path.PositioningViews;
import fr.capacite.application.path.RoutingService;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.domain.path.RoutingRuleSet;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /path/routing.xhtml}: each programme's routing rules in force; administrators write a new
 * version (results already given keep theirs).
 */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rule rows offered in the form (programmes allow at most four lengths). */
  static final int ROWS = 5;

  @EJB private RoutingService routing;
  @EJB private CohortService cohorts;

  private List<String> programmes;
  private String programme;
  private PositioningViews.RuleSetView rules;
  private List<Row> rows = new ArrayList<>();

  /** One rule row of the form. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer hours;
    private Integer minOverall;
    private Integer minWeakest;

    public Integer getHours() {
      return hours;
    }

    public void setHours(Integer hours) {
      this.hours = hours;
    }

    public Integer getMinOverall() {
      return minOverall;
    }

    public void setMinOverall(Integer minOverall) {
      this.minOverall = minOverall;
    }

    public Integer getMinWeakest() {
      return minWeakest;
    }

    public void setMinWeakest(Integer minWeakest) {
      this.minWeakest = minWeakest;
    }
  }

  @PostConstruct
  void init() {
    programmes = cohorts.listProgrammes().stream().map(Programme::getCode).toList();
    programme = programmes.isEmpty() ? null : programmes.get(programmes.size() - 1);
    reload();
  }

  public void reload() {
    if (programme == null) {
      return;
    }
    rules = routing.rules(programme);
    rows = new ArrayList<>();
    for (PositioningViews.RuleView r : rules.rules()) {
      Row row = new Row();
      row.setHours(r.hours());
      row.setMinOverall(r.minOverall());
      row.setMinWeakest(r.minWeakest());
      rows.add(row);
    }
    while (rows.size() < ROWS) {
      rows.add(new Row());
    }
  }

  public void save() {
    List<RoutingRuleSet.Draft> drafts =
        rows.stream()
            .filter(r -> r.getHours() != null)
            .map(r -> new RoutingRuleSet.Draft(r.getHours(), r.getMinOverall(), r.getMinWeakest()))
            .toList();
    rules = routing.saveRules(programme, drafts);
    Messages.info("positioning.rules.saved", rules.version());
    reload();
  }

  public List<String> getProgrammes() {
    return programmes;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public PositioningViews.RuleSetView getRules() {
    return rules;
  }

  public List<Row> getRows() {
    return rows;
  }
}
