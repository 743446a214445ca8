package fr.capacite.web.jury;

import fr.capacite.application.jury.CalibrationReport;
import fr.capacite.application.jury.CalibrationService;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * {@code /jury/calibration.xhtml}: jurors' agreement (Cohen's κ) per pair and per session, with a
 * chart whose values are also in the table.
 */
@Named
@ViewScoped
public class CalibrationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CalibrationService calibration;

  private LocalDate since = LocalDate.now(fr.capacite.web.shared.Dates.ZONE).minusYears(3);
  private CalibrationReport report;
  private java.util.List<fr.capacite.application.jury.ModalityOutcome> modalities;
  private String chart;

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    report = calibration.report(since);
    modalities = calibration.outcomesByModality(since);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (CalibrationReport.PairAgreement p : report.pairs()) {
      labels.add(p.firstJuror() + " / " + p.secondJuror());
      if (p.kappa() == null) {
        values.addNull();
      } else {
        values.add(Math.round(p.kappa() * 100) / 100.0);
      }
    }
    chart =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", Messages.text("jury.calibration.kappa"))
                                    .add("backgroundColor", "#1d4ed8")
                                    .add("data", values))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("min", -1).add("max", 1))))
            .build()
            .toString();
  }

  public CalibrationReport getReport() {
    return report;
  }

  public java.util.List<fr.capacite.application.jury.ModalityOutcome> getModalities() {
    return modalities;
  }

  public String getChart() {
    return chart;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }
}
