package fr.capacite.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter it cannot read ({@code ?candidate=abc}) shows the conversion
 * message under a 400 status, not a 200 (nor a 500 from what the page then lacks).
 */
public class InvalidParameterStatus implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext fc = event.getFacesContext();
    if (!fc.isPostback() && fc.isValidationFailed()) {
      fc.getExternalContext().setResponseStatus(400);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // nothing after rendering
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
