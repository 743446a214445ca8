package fr.capacite.web.identity;

import fr.capacite.application.identity.UserAdminService;
import fr.capacite.domain.identity.User;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/users.xhtml}: accounts, searched and paginated in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserAdminService users;

  private String query = "";
  private PagedModel<User> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> users.search(query, f, s), u -> u.getId());
  }

  public PagedModel<User> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query == null ? "" : query;
  }
}
