package fr.capacite.web.logbook;

import fr.capacite.application.logbook.PracticeSharingService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /logbook/sharing.xhtml}: a mediator answers the structures that invite them to share their
 * logbook's figures, and withdraws a consent given. What the structure sees is said before they
 * answer.
 */
@Named
@ViewScoped
public class SharingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PracticeSharingService sharing;

  private List<PracticeSharingService.Mine> mine;

  @PostConstruct
  void init() {
    read();
  }

  private void read() {
    mine = sharing.mine();
  }

  public void accept(PracticeSharingService.Mine s) {
    act(() -> sharing.answer(s.id(), s.version(), true), "sharing.accepted", s);
  }

  public void decline(PracticeSharingService.Mine s) {
    act(() -> sharing.answer(s.id(), s.version(), false), "sharing.declined", s);
  }

  public void withdraw(PracticeSharingService.Mine s) {
    act(() -> sharing.withdraw(s.id(), s.version()), "sharing.withdrawn", s);
  }

  private void act(Runnable action, String done, PracticeSharingService.Mine s) {
    try {
      action.run();
      Messages.info(done, s.structure());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    // Shown again as it now stands, whatever happened (another tab may have answered already).
    read();
  }

  public List<PracticeSharingService.Mine> getInvitations() {
    return mine.stream().filter(s -> s.status().name().equals("INVITED")).toList();
  }

  public List<PracticeSharingService.Mine> getSharings() {
    return mine.stream().filter(s -> s.status().name().equals("ACTIVE")).toList();
  }
}
