package fr.capacite.web.credential;

import fr.capacite.application.credential.CredentialService;
import fr.capacite.application.credential.CredentialView;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** {@code /path/credentials.xhtml}: the caller's verifiable credentials and their downloads. */
@Named
@ViewScoped
public class CredentialsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CredentialService credentials;

  private PagedModel<CredentialView> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> credentials.mine(f, s), CredentialView::id);
  }

  /** A date in the viewer's language (Instants have no Faces converter). */
  public String day(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(FrenchTime.ZONE)
            .format(at);
  }

  public PagedModel<CredentialView> getModel() {
    return model;
  }
}
