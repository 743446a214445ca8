package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.ModuleView;
import fr.capacite.application.path.PlanService;
import fr.capacite.application.path.PlanView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /path/learner.xhtml?u=}: a learner's plan as their organisation sees it (only its own
 * learners), where managers record a module the learner completed.
 */
@Named
@ViewScoped
public class LearnerPlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PlanService plans;
  @EJB private CatalogueService catalogue;

  private String username;
  private PlanView plan;
  private List<ModuleView> modules;
  private String moduleCode;
  private LocalDate completedOn = LocalDate.now(MyTrainingBacking.ZONE);

  /** Loads the plan named by the view parameter (404 for someone else's learner). */
  public void load() throws IOException {
    try {
      show(plans.planOf(username == null ? "" : username));
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    modules = catalogue.listModules(null, 0, 200).items();
  }

  private void show(PlanView p) {
    plan = p;
  }

  public void record() {
    show(plans.recordCompletion(username, moduleCode, completedOn));
    Messages.info("path.completion.recorded");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public PlanView getPlan() {
    return plan;
  }

  public List<ModuleView> getModules() {
    return modules;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }
}
