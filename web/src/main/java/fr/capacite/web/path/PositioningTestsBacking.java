package fr.capacite.web.path;

import fr.capacite.application.cohort.CohortService;
import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.Choice;
import fr.capacite.application.path.PositioningAuthoring;
import fr.capacite.application.path.PositioningViews;
import fr.capacite.domain.cohort.Programme;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /path/positioning-tests.xhtml}: the positioning tests the caller keeps or reads. */
@Named
@ViewScoped
public class PositioningTestsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PositioningAuthoring authoring;
  @EJB private CatalogueService catalogue;
  @EJB private CohortService cohorts;

  private PagedModel<PositioningViews.TestSummary> model;
  private List<String> programmes;
  private List<Choice> organisations;
  private String title;
  private String programme;
  private String organisationId;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> authoring.listTests(f, s), PositioningViews.TestSummary::id);
    programmes = cohorts.listProgrammes().stream().map(Programme::getCode).toList();
    organisations = catalogue.managedOrganisations();
    boolean admin =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .isUserInRole("ADMIN");
    if (!admin && !organisations.isEmpty()) {
      organisationId = organisations.get(0).value();
    }
  }

  public String create() {
    long id =
        authoring.createTest(
            title,
            programme,
            organisationId == null || organisationId.isBlank()
                ? null
                : Long.valueOf(organisationId));
    return "/path/positioning-test?faces-redirect=true&id=" + id;
  }

  public PagedModel<PositioningViews.TestSummary> getModel() {
    return model;
  }

  public List<String> getProgrammes() {
    return programmes;
  }

  public List<Choice> getOrganisations() {
    return organisations;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }
}
