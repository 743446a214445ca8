package fr.capacite.web.organisation;

import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.organisation.OrganisationSummary;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /organisation/index.xhtml}: the organisations the user may see, paginated. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationService organisations;

  private String query = "";
  private PagedModel<OrganisationSummary> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> organisations.search(query, f, s), o -> o.id());
  }

  public PagedModel<OrganisationSummary> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }
}
