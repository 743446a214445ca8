package fr.capacite.web.path;

import fr.capacite.application.path.PlanView;
import fr.capacite.web.shared.Messages;
import jakarta.json.Json;

/** The Chart.js doughnut of a plan's progress; the same figures are written beside it. */
final class PlanCharts {

  private PlanCharts() {}

  static String progress(PlanView p) {
    boolean byModules = p.totalHours() == 0 && p.modulesDue() > 0;
    int done = byModules ? Math.min(p.modulesDone(), p.modulesDue()) : p.doneHours();
    int left = byModules ? p.modulesDue() - done : p.remainingHours();
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add(
                    "labels",
                    Json.createArrayBuilder()
                        .add(Messages.text("path.plan.chartDone"))
                        .add(Messages.text("path.plan.chartLeft")))
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("data", Json.createArrayBuilder().add(done).add(left))
                                .add(
                                    "backgroundColor",
                                    Json.createArrayBuilder().add("#059669").add("#cbd5e1")))))
        .add("options", Json.createObjectBuilder().add("responsive", true))
        .build()
        .toString();
  }
}
