package fr.capacite.web.shared;

import fr.capacite.application.shared.NotificationService;
import fr.capacite.application.shared.NotificationView;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /notifications.xhtml}: the caller's notifications, newest first; opening it reads them.
 */
@Named
@ViewScoped
public class NotificationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NotificationService notifications;

  private PagedModel<NotificationView> model;
  private boolean byEmail;
  private boolean mailAvailable;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> notifications.mine(f, s), n -> n.id());
    byEmail = notifications.emailPreference();
    mailAvailable = notifications.mailAvailable();
  }

  /** Saves the e-mail preference as soon as it is ticked or unticked. */
  public void saveEmailPreference() {
    notifications.setEmailPreference(byEmail);
    Messages.info("notifications.byEmailSaved");
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public void setByEmail(boolean byEmail) {
    this.byEmail = byEmail;
  }

  public boolean isMailAvailable() {
    return mailAvailable;
  }

  /** f:viewAction: what is shown is read. */
  public void markRead() {
    notifications.markAllRead();
  }

  /** The notification's sentence, in the reader's language. */
  public String text(NotificationView n) {
    return Messages.text(n.messageKey(), n.arguments().toArray());
  }

  public String date(java.time.Instant at) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(FrenchTime.ZONE)
        .format(at);
  }

  public PagedModel<NotificationView> getModel() {
    return model;
  }
}
