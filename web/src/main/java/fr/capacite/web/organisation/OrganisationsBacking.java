package fr.capacite.web.organisation;

import fr.capacite.application.organisation.OrganisationService;
import fr.capacite.application.organisation.OrganisationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** {@code /organisation/index.xhtml}: the organisations the user may see, paginated. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OrganisationService organisations;

  private String query = "";
  private LazyDataModel<OrganisationSummary> model;

  @PostConstruct
  void init() {
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisations.search(query, 0, 1).total();
          }

          @Override
          public List<OrganisationSummary> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            var page = organisations.search(query, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
          }

          @Override
          public String getRowKey(OrganisationSummary o) {
            return String.valueOf(o.id());
          }
        };
  }

  public LazyDataModel<OrganisationSummary> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }
}
