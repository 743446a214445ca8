package fr.capacite.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * PrimeFaces refuses an uploaded file whose name holds a character file systems forbid ({@code <},
 * {@code "}, {@code :}…) with a message it writes in English only ("File Error"), not from a
 * bundle. Before the page is drawn, that message is replaced by a translated one that says why and
 * what to do.
 */
public class UploadMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The summary PrimeFaces gives every file refusal (FileUploadUtils.validationError). */
  static final String PRIMEFACES_SUMMARY = "File Error";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext fc = event.getFacesContext();
    for (FacesMessage m : fc.getMessageList()) {
      if (PRIMEFACES_SUMMARY.equals(m.getSummary())) {
        m.setSummary(Messages.text("library.file.nameRefused"));
        m.setDetail(null);
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing after the page is drawn.
  }
}
