package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.ModuleView;
import fr.capacite.application.path.TemplateForm;
import fr.capacite.application.path.TemplateView;
import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.referential.VersionSummary;
import fr.capacite.domain.path.PathKind;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** {@code /path/template.xhtml?code=}: administrators write a path template and its steps. */
@Named
@ViewScoped
public class TemplateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Step rows offered in the form. */
  static final int ROWS = 8;

  @EJB private CatalogueService catalogue;
  @EJB private ReferentialService referential;

  private String code;
  private boolean existing;
  private long entityVersion;
  private String formCode;
  private String title;
  private String objective;
  private PathKind kind = PathKind.TITLE;
  private String versionCode;
  private Integer firstYear = 0;
  private Integer yearly = 0;
  private List<StepRow> steps = new ArrayList<>();
  private List<ModuleView> modules = List.of();
  private List<String> versions = List.of();

  /** One step row: a module and its rank. */
  public static class StepRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String module;
    private Integer rank;

    public String getModule() {
      return module;
    }

    public void setModule(String module) {
      this.module = module;
    }

    public Integer getRank() {
      return rank;
    }

    public void setRank(Integer rank) {
      this.rank = rank;
    }
  }

  public void load() throws IOException {
    modules = catalogue.listModules(null, 0, 200).items();
    versions = referential.listVersions().stream().map(VersionSummary::code).toList();
    if (code != null && !code.isBlank()) {
      var found = catalogue.findTemplate(code);
      if (found.isEmpty()) {
        NotFound.send();
        return;
      }
      show(found.get());
    } else {
      fillRows(List.of());
    }
  }

  private void show(TemplateView t) {
    existing = true;
    code = t.code();
    formCode = t.code();
    entityVersion = t.entityVersion();
    title = t.title();
    objective = t.objective();
    kind = t.kind();
    versionCode = t.certificationVersion();
    firstYear = t.firstYearModules();
    yearly = t.yearlyModules();
    fillRows(t.steps());
  }

  private void fillRows(List<TemplateView.Step> given) {
    steps = new ArrayList<>();
    for (TemplateView.Step s : given) {
      StepRow r = new StepRow();
      r.setModule(s.moduleCode());
      r.setRank(s.rank());
      steps.add(r);
    }
    while (steps.size() < ROWS) {
      steps.add(new StepRow());
    }
  }

  public void save() {
    List<TemplateForm.StepForm> forms =
        steps.stream()
            .filter(r -> r.getModule() != null && !r.getModule().isBlank())
            .map(
                r ->
                    new TemplateForm.StepForm(r.getModule(), r.getRank() == null ? 1 : r.getRank()))
            .toList();
    show(
        catalogue.saveTemplate(
            new TemplateForm(
                formCode,
                title,
                objective,
                kind,
                versionCode,
                firstYear == null ? 0 : firstYear,
                yearly == null ? 0 : yearly,
                forms),
            entityVersion));
    Messages.info("path.template.saved", title);
  }

  public PathKind[] getKinds() {
    return PathKind.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getFormCode() {
    return formCode;
  }

  public void setFormCode(String formCode) {
    this.formCode = formCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public PathKind getKind() {
    return kind;
  }

  public void setKind(PathKind kind) {
    this.kind = kind;
  }

  public String getVersionCode() {
    return versionCode;
  }

  public void setVersionCode(String versionCode) {
    this.versionCode = versionCode;
  }

  public Integer getFirstYear() {
    return firstYear;
  }

  public void setFirstYear(Integer firstYear) {
    this.firstYear = firstYear;
  }

  public Integer getYearly() {
    return yearly;
  }

  public void setYearly(Integer yearly) {
    this.yearly = yearly;
  }

  public List<StepRow> getSteps() {
    return steps;
  }

  public List<ModuleView> getModules() {
    return modules;
  }

  public List<String> getVersions() {
    return versions;
  }
}
