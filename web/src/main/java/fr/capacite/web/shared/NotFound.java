package fr.capacite.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers the current page with a 404: what the caller may not see does not exist for them. */
public final class NotFound {

  private NotFound() {}

  public static void send() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().responseSendError(404, "");
    fc.responseComplete();
  }
}
