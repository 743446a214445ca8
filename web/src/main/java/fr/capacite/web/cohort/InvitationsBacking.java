package fr.capacite.web.cohort;

import fr.capacite.application.cohort.InvitationService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.web.shared.LocaleBean;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Invitations of a cohort's enrolments tab, for its managers: invite an address, or every address
 * of a CSV file (the report says what became of each line), and take back an invitation that waits.
 * Nobody is enrolled before they answer.
 */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InvitationService invitations;
  @Inject private LocaleBean locale;

  private Long cohortId;
  private List<InvitationService.InvitationView> list;
  private String email;
  private String name;
  private Integer hours;
  private transient Part file;
  private InvitationService.ImportReport report;

  /** The cohort's invitations (read once per view, again after a change). */
  public List<InvitationService.InvitationView> of(long cohort) {
    if (list == null || cohortId == null || cohortId != cohort) {
      cohortId = cohort;
      list = invitations.ofCohort(cohort);
    }
    return list;
  }

  public void invite(long cohort) {
    if (hours == null) {
      Messages.error("cohort.enrolment.hoursNotAllowed", "");
      return;
    }
    try {
      invitations.invite(cohort, email, name, hours, locale.getLanguage());
      Messages.info("invitation.sent", email);
      email = null;
      name = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    list = null;
  }

  /** Invites the addresses of the chosen file, each line alone. */
  public void importFile(long cohort) throws IOException {
    report = null;
    if (file == null || file.getSize() == 0) {
      Messages.error("invitation.csv.empty");
      return;
    }
    if (file.getSize() > InvitationService.CSV_MAX_BYTES) {
      Messages.error("invitation.csv.tooLarge", InvitationService.CSV_MAX_BYTES / 1024);
      return;
    }
    if (hours == null) {
      Messages.error("cohort.enrolment.hoursNotAllowed", "");
      return;
    }
    byte[] bytes;
    try (var in = file.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      report =
          invitations.importCsv(
              cohort,
              fr.capacite.web.shared.UploadedText.decode(bytes),
              hours,
              locale.getLanguage());
      Messages.info("invitation.csv.done", report.sent(), report.lines().size());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    list = null;
  }

  /** What became of a line of the file, in the page's language. */
  public String outcome(InvitationService.ImportLine line) {
    return Messages.text(line.outcome(), line.arguments().toArray());
  }

  public void cancel(long invitationId) {
    try {
      invitations.cancel(invitationId);
      Messages.info("invitation.cancelled");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    list = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public InvitationService.ImportReport getReport() {
    return report;
  }
}
