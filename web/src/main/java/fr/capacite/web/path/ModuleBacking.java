package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.Choice;
import fr.capacite.application.path.ModuleForm;
import fr.capacite.application.path.ModuleView;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /path/module.xhtml?code=}: a module of the catalogue. Administrators create and edit it;
 * managers say which of their organisation's cohorts deliver it.
 */
@Named
@ViewScoped
public class ModuleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogueService catalogue;

  private String code;
  private ModuleView module;
  private long entityVersion;

  // administrator's form
  private String formCode;
  private String title;
  private String description;
  private ModuleKind kind = ModuleKind.THEMATIC;
  private Integer hours = ModuleKind.THEMATIC_MIN_HOURS;
  private String blockId;
  private List<String> prerequisites = new ArrayList<>();
  private List<String> competences = new ArrayList<>();
  private List<String> pix = new ArrayList<>();
  private boolean active = true;
  private List<Choice> blockChoices = List.of();
  private List<Choice> competenceChoices = List.of();
  private List<Choice> pixChoices = List.of();

  // manager's delivery form
  private List<Choice> organisations = List.of();
  private String organisationId;
  private boolean offered;
  private List<Choice> cohortChoices = List.of();
  private List<String> cohorts = new ArrayList<>();

  /** Loads the module named by the view parameter, or an empty form for a new one. */
  public void load() throws java.io.IOException {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    boolean admin = ec.isUserInRole("ADMIN");
    if (admin) {
      blockChoices = catalogue.blockChoices();
      competenceChoices = catalogue.competenceChoices();
    }
    pixChoices = catalogue.pixChoices();
    if (code != null && !code.isBlank()) {
      var found = catalogue.findModule(code);
      if (found.isEmpty()) {
        NotFound.send();
        return;
      }
      show(found.get());
    }
    if (module != null && (admin || ec.isUserInRole("ORG_MANAGER"))) {
      organisations = catalogue.managedOrganisations();
      if (!organisations.isEmpty()) {
        organisationId = organisations.get(0).value();
        loadDelivery();
      }
    }
  }

  private void show(ModuleView m) {
    module = m;
    code = m.code();
    entityVersion = m.entityVersion();
    formCode = m.code();
    title = m.title();
    description = m.description();
    kind = m.kind();
    hours = m.hours();
    blockId = m.blockId() == null ? null : String.valueOf(m.blockId());
    prerequisites =
        m.prerequisiteIds().stream()
            .map(String::valueOf)
            .collect(Collectors.toCollection(ArrayList::new));
    competences =
        m.competenceIds().stream()
            .map(String::valueOf)
            .collect(Collectors.toCollection(ArrayList::new));
    pix = new ArrayList<>(m.pixCodes());
    active = m.active();
  }

  public void save() {
    ModuleForm form =
        new ModuleForm(
            formCode,
            title,
            description,
            kind,
            hours == null ? 0 : hours,
            blockId == null || blockId.isBlank() ? null : Long.valueOf(blockId),
            prerequisites.stream().map(Long::valueOf).collect(Collectors.toSet()),
            competences.stream().map(Long::valueOf).collect(Collectors.toSet()),
            Set.copyOf(pix),
            active);
    show(catalogue.saveModule(form, entityVersion));
    Messages.info("path.module.saved", module.title());
  }

  public void loadDelivery() {
    if (organisationId == null) {
      return;
    }
    var d = catalogue.delivery(code, Long.parseLong(organisationId));
    offered = d.offered();
    cohortChoices = d.cohorts();
    cohorts = new ArrayList<>(d.chosenCohorts());
  }

  public void saveDelivery() {
    module =
        catalogue.setDelivery(
            code,
            Long.parseLong(organisationId),
            offered,
            cohorts.stream().map(Long::valueOf).collect(Collectors.toSet()));
    Messages.info("path.module.deliverySaved");
  }

  public ModuleKind[] getKinds() {
    return ModuleKind.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ModuleView getModule() {
    return module;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ModuleKind getKind() {
    return kind;
  }

  public void setKind(ModuleKind kind) {
    this.kind = kind;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public String getBlockId() {
    return blockId;
  }

  public void setBlockId(String blockId) {
    this.blockId = blockId;
  }

  public List<String> getPrerequisites() {
    return prerequisites;
  }

  public void setPrerequisites(List<String> prerequisites) {
    this.prerequisites = prerequisites;
  }

  public List<String> getCompetences() {
    return competences;
  }

  public void setCompetences(List<String> competences) {
    this.competences = competences;
  }

  public List<String> getPix() {
    return pix;
  }

  public void setPix(List<String> pix) {
    this.pix = pix;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<Choice> getBlockChoices() {
    return blockChoices;
  }

  public List<Choice> getCompetenceChoices() {
    return competenceChoices;
  }

  public List<Choice> getPixChoices() {
    return pixChoices;
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public boolean isOffered() {
    return offered;
  }

  public void setOffered(boolean offered) {
    this.offered = offered;
  }

  public List<Choice> getCohortChoices() {
    return cohortChoices;
  }

  public List<String> getCohorts() {
    return cohorts;
  }

  public void setCohorts(List<String> cohorts) {
    this.cohorts = cohorts;
  }
}
