package fr.capacite.web.identity;

import fr.capacite.application.identity.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The logout button in the layout. */
@Named
@RequestScoped
public class AccountBacking {

  @EJB private AuthenticationService authentication;

  public void logout() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (request.getUserPrincipal() != null) {
      authentication.logout(request.getUserPrincipal().getName());
    }
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/index.xhtml?loggedOut=true");
  }
}
