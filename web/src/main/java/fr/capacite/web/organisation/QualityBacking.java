package fr.capacite.web.organisation;

import fr.capacite.application.cohort.CrossQualityReports;
import fr.capacite.application.cohort.QualityReport;
import fr.capacite.application.cohort.QualityService;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.QualityTally.Figures;
import fr.capacite.domain.identity.Role;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@code /organisation/quality.xhtml?id=N}: an organisation's quality dashboard, cohort by cohort;
 * without id, administrators compare all organisations. The chart's data are also in the tables
 * (the accessible reading of the chart).
 */
@Named
@ViewScoped
public class QualityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private QualityService quality;
  @EJB private CrossQualityReports crossReports;
  @EJB private fr.capacite.application.jury.JuryFeedbackService juryFeedback;

  /** What the jury saw of the organisation's candidates (its managers and administrators). */
  private fr.capacite.application.jury.JuryFeedbackService.Feedback jury;

  private Long id;
  private LocalDate from = FrenchTime.today().minusYears(1);
  private LocalDate to = FrenchTime.today();
  private QualityReport report;
  private String chart;

  /** f:viewAction; an organisation the caller does not manage is a 404. */
  public void load() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    if (id == null && !fc.getExternalContext().isUserInRole(Role.ADMIN.name())) {
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    try {
      refresh();
    } catch (ObjectNotFoundException e) {
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    if (id != null
        && (fc.getExternalContext().isUserInRole(Role.ADMIN.name())
            || fc.getExternalContext().isUserInRole(Role.ORG_MANAGER.name()))) {
      try {
        jury = juryFeedback.feedback(id);
      } catch (ObjectNotFoundException e) {
        jury = null; // a manager of another organisation reading this one's public figures
      }
    }
  }

  public int getJuryThreshold() {
    return fr.capacite.domain.jury.CompetenceOutcomes.THRESHOLD;
  }

  public fr.capacite.application.jury.JuryFeedbackService.Feedback getJury() {
    return jury;
  }

  /** A share of criteria met ("67 % · 12 candidats"), or "fewer than 5 candidates". */
  public String juryShare(fr.capacite.domain.jury.CompetenceOutcomes.Share s) {
    if (s == null || !s.shown()) {
      return Messages.text(
          "quality.jury.fewer", fr.capacite.domain.jury.CompetenceOutcomes.THRESHOLD);
    }
    java.text.NumberFormat f =
        java.text.NumberFormat.getPercentInstance(
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return Messages.text("quality.jury.share", f.format(s.percent() / 100.0), s.candidates());
  }

  /** The figures of the chosen period (the comparison as kept a few minutes). */
  public void refresh() {
    report = id == null ? crossReports.report(from, to) : quality.organisationReport(id, from, to);
    chart = chart(report);
  }

  /** The comparison of all organisations computed again now (administrators). */
  public void recompute() {
    report = crossReports.recompute(from, to);
    chart = chart(report);
    Messages.info("quality.recomputed");
  }

  /** A Chart.js bar chart of the three rates per row, built with JSON-P. */
  private static String chart(QualityReport r) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    r.rows().forEach(f -> labels.add(f.label()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(r, "quality.satisfaction", "#2563eb", f -> f.hot().satisfactionRate()))
            .add(dataset(r, "quality.attendance", "#059669", Figures::attendanceRate))
            .add(dataset(r, "quality.dropOut", "#b45309", Figures::dropOutRate));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("max", 100)
                                .add(
                                    "title",
                                    Json.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", "%")))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      QualityReport r, String key, String colour, Function<Figures, Double> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Figures f : r.rows()) {
      Double v = value.apply(f);
      if (v == null) {
        data.addNull();
      } else {
        data.add(Math.round(v * 10) / 10.0);
      }
    }
    return Json.createObjectBuilder()
        .add("label", Messages.text(key))
        .add("backgroundColor", colour)
        .add("data", data);
  }

  /** The CSV export's address, for the current period and language. */
  public String getCsvLink() {
    FacesContext fc = FacesContext.getCurrentInstance();
    return fc.getExternalContext().getRequestContextPath()
        + "/api/quality/quality.csv?from="
        + from
        + "&to="
        + to
        + "&lang="
        + fc.getViewRoot().getLocale().getLanguage()
        + (id == null ? "" : "&organisation=" + id);
  }

  public boolean isCross() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public QualityReport getReport() {
    return report;
  }

  public String getChart() {
    return chart;
  }
}
