package fr.capacite.web.organisation;

import fr.capacite.application.logbook.LogbookFigures;
import fr.capacite.application.logbook.PracticeSharingService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /organisation/practice.xhtml?id=N&months=12}: what the logbooks of a structure's mediators
 * say together, for its managers (and administrators) — only the mediators who consented, from the
 * day they did, in aggregate; and who shares, who is invited, and the invitation form.
 */
@Named
@ViewScoped
public class PracticeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeSharingService sharing;

  private Long id;
  private int months = 12;
  private String askedId;
  private String askedMonths;
  private PracticeSharingService.Report report;
  private PagedModel<PracticeSharingService.Member> members;
  private String who;

  /**
   * f:viewAction: an organisation the caller does not manage, or an address that names none, is a
   * 404; a period not offered is a year. (The parameters are read as text: a mistyped address must
   * not end on a conversion error.)
   */
  public void load() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    months =
        askedMonths != null
                && askedMonths.matches("\\d{1,2}")
                && LogbookFigures.PERIODS.contains(Integer.valueOf(askedMonths))
            ? Integer.parseInt(askedMonths)
            : 12;
    try {
      if (askedId == null || !askedId.matches("\\d{1,18}")) {
        throw new ObjectNotFoundException("organisation", String.valueOf(askedId));
      }
      id = Long.valueOf(askedId);
      read();
    } catch (ObjectNotFoundException e) {
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
      return;
    }
    long organisation = id;
    members = new PagedModel<>((f, s) -> sharing.members(organisation, f, s), m -> m.id());
  }

  private void read() {
    report = sharing.figures(id, months, FrenchTime.today());
  }

  public void invite() {
    try {
      sharing.invite(id, who);
      Messages.info("sharing.invited", who.strip());
      who = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void end(PracticeSharingService.Member m) {
    try {
      sharing.endForStructure(id, m.id(), m.version());
      Messages.info("sharing.ended", m.name());
      read();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public PracticeSharingService.Report getReport() {
    return report;
  }

  public PagedModel<PracticeSharingService.Member> getMembers() {
    return members;
  }

  /** The file of the same question. */
  public String getCsvAddress() {
    return "/api/organisations/" + id + "/practice.csv?months=" + months;
  }

  public List<Integer> getPeriods() {
    return LogbookFigures.PERIODS;
  }

  public Long getId() {
    return id;
  }

  public int getMonths() {
    return months;
  }

  public String getAskedId() {
    return askedId;
  }

  public void setAskedId(String askedId) {
    this.askedId = askedId;
  }

  public String getAskedMonths() {
    return askedMonths;
  }

  public void setAskedMonths(String askedMonths) {
    this.askedMonths = askedMonths;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }
}
