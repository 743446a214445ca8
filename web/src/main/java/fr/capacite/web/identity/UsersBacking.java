package fr.capacite.web.identity;

import fr.capacite.application.identity.UserAdminService;
import fr.capacite.domain.identity.User;
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

/** {@code /admin/users.xhtml}: accounts, searched and paginated in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdminService users;

  private String query = "";
  private LazyDataModel<User> model;

  @PostConstruct
  void init() {
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.search(query, 0, 1).total();
          }

          @Override
          public List<User> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            var page = users.search(query, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
          }

          @Override
          public String getRowKey(User user) {
            return String.valueOf(user.getId());
          }
        };
  }

  public LazyDataModel<User> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }
}
