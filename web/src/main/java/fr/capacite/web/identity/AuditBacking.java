package fr.capacite.web.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/audit.xhtml}: the audit log, newest first, filtered by kind and actor. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditService audit;

  private AuditKind kind;
  private String actor = "";
  private PagedModel<AuditEvent> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> audit.search(kind, actor, f, s), e -> e.getId());
  }

  /** Date and time in the viewer's language and the server's zone. */
  public String format(java.time.Instant instant) {
    var locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(java.time.ZoneId.systemDefault())
        .format(instant);
  }

  public AuditKind[] getKinds() {
    return AuditKind.values();
  }

  public PagedModel<AuditEvent> getModel() {
    return model;
  }

  public AuditKind getKind() {
    return kind;
  }

  public void setKind(AuditKind kind) {
    this.kind = kind;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor == null ? "" : actor.trim();
  }
}
