package fr.capacite.web.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
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

/** {@code /admin/audit.xhtml}: the audit log, newest first, filtered by kind and actor. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditService audit;

  private AuditKind kind;
  private String actor = "";
  private LazyDataModel<AuditEvent> model;

  @PostConstruct
  void init() {
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.search(kind, actor, 0, 1).total();
          }

          @Override
          public List<AuditEvent> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            var page = audit.search(kind, actor, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
          }

          @Override
          public String getRowKey(AuditEvent e) {
            return String.valueOf(e.getId());
          }
        };
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

  public LazyDataModel<AuditEvent> getModel() {
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
