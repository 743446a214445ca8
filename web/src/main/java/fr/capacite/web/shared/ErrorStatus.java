package fr.capacite.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Gives an error page its HTTP status, however it is reached: through the container's error
 * dispatch, or by the redirect that follows a failed Ajax request (a 200 there would tell crawlers,
 * monitors and API clients that all went well).
 */
@Named
@ApplicationScoped
public class ErrorStatus {

  public void set(int status) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }
}
