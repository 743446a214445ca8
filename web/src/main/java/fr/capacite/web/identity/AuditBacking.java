package fr.capacite.web.identity;

import fr.capacite.application.shared.AuditService;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.domain.shared.AuditEvent;
import fr.capacite.domain.shared.AuditKind;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, filtered by kind, actor and days, with
 * its CSV export. Times are Paris times, as everywhere else in the application.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditService audit;

  private AuditKind kind;
  private String actor = "";
  private LocalDate from;
  private LocalDate to;
  private AuditService.Filter filter = new AuditService.Filter(null, "", null, null);
  private PagedModel<AuditEvent> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> audit.search(filter, f, s), e -> e.getId());
  }

  /**
   * Applies the filters (a period ending before it starts is refused, with the old filters kept).
   */
  public void apply() {
    try {
      filter = new AuditService.Filter(kind, actor, from, to);
    } catch (InvalidInputException e) {
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Date and time to the second, in Paris time (the zone of every time the application shows). */
  public String format(Instant instant) {
    return Dates.momentToTheSecond(instant);
  }

  /** The export of what the filters select, in the viewer's language. */
  public String getExportUrl() {
    FacesContext fc = FacesContext.getCurrentInstance();
    StringBuilder url =
        new StringBuilder(fc.getExternalContext().getRequestContextPath())
            .append("/api/audit/audit.csv?lang=")
            .append(fc.getViewRoot().getLocale().getLanguage());
    if (filter.kind() != null) {
      url.append("&kind=").append(filter.kind().name());
    }
    if (!filter.actor().isEmpty()) {
      url.append("&actor=").append(URLEncoder.encode(filter.actor(), StandardCharsets.UTF_8));
    }
    if (filter.from() != null) {
      url.append("&from=").append(filter.from());
    }
    if (filter.to() != null) {
      url.append("&to=").append(filter.to());
    }
    return url.toString();
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
