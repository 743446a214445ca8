package fr.capacite.web.library;

import fr.capacite.application.library.ProposalService;
import fr.capacite.application.library.ProposalViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code /library/proposal.xhtml?id=}: a proposal's changes block by block; maintainers and
 * curators tick the changes they accept, comment, and decide.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProposalService proposals;

  private Long id;
  private ProposalViews.Review review;
  private final Map<Integer, Boolean> accepted = new HashMap<>();
  private String comment;

  public void load() throws IOException {
    try {
      review = proposals.review(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  public void decide() {
    Set<Integer> chosen = new HashSet<>();
    accepted.forEach(
        (i, yes) -> {
          if (Boolean.TRUE.equals(yes)) {
            chosen.add(i);
          }
        });
    review = proposals.decide(review.id(), review.entityVersion(), chosen);
    Messages.info("library.proposal.decided." + review.status());
  }

  public void comment() {
    review = proposals.comment(review.id(), comment);
    comment = null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ProposalViews.Review getReview() {
    return review;
  }

  public Map<Integer, Boolean> getAccepted() {
    return accepted;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
