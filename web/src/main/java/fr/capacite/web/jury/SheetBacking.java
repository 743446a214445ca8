package fr.capacite.web.jury;

import fr.capacite.application.jury.ScoringService;
import fr.capacite.application.jury.SheetView;
import fr.capacite.application.shared.AccessRefusedException;
import fr.capacite.application.shared.InvalidInputException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /jury/sheet.xhtml?candidate=N}: the caller's blind score sheet for one candidate. */
@Named
@ViewScoped
public class SheetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScoringService scoring;

  private Long candidateId;
  private SheetView sheet;
  private final Map<String, Integer> scores = new HashMap<>();
  private final Map<Long, Boolean> proposals = new HashMap<>();
  private final Map<Long, String> comments = new HashMap<>();

  /** f:viewAction; a candidate the caller does not judge is a 404. */
  public void load() throws IOException {
    try {
      show(scoring.getSheet(candidateId == null ? -1 : candidateId));
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
    } catch (AccessRefusedException e) {
      // The juror is excluded from this candidate (R3): the reason, with 403, and nothing else.
      Messages.error(e);
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    } catch (InvalidInputException e) {
      // An expected situation (scoring not open yet): its message, with 409, never an error page.
      Messages.error(e);
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(409);
    }
  }

  private void show(SheetView v) {
    sheet = v;
    scores.clear();
    proposals.clear();
    comments.clear();
    for (SheetView.BlockGrid b : v.blocks()) {
      b.items().forEach(i -> scores.put(i.key(), i.score()));
      proposals.put(b.blockId(), b.acquired());
      comments.put(b.blockId(), b.comment());
    }
  }

  public void save() {
    show(
        scoring.saveSheet(
            candidateId,
            sheet.entityVersion(),
            Map.copyOf(nonNull(scores)),
            nonNull(proposals),
            nonNull(comments)));
    Messages.info("jury.sheet.saved");
  }

  public void submit() {
    show(
        scoring.submitSheet(
            candidateId,
            sheet.entityVersion(),
            Map.copyOf(nonNull(scores)),
            nonNull(proposals),
            nonNull(comments)));
    Messages.info("jury.sheet.submittedOk");
  }

  private static <K, V> Map<K, V> nonNull(Map<K, V> m) {
    Map<K, V> out = new HashMap<>();
    m.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  public List<Integer> getScale() {
    return List.of(1, 2, 3, 4);
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public void setCandidateId(Long candidateId) {
    this.candidateId = candidateId;
  }

  public SheetView getSheet() {
    return sheet;
  }

  public Map<String, Integer> getScores() {
    return scores;
  }

  public Map<Long, Boolean> getProposals() {
    return proposals;
  }

  public Map<Long, String> getComments() {
    return comments;
  }
}
