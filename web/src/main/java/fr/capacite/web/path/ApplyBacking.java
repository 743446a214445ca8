package fr.capacite.web.path;

import fr.capacite.application.cohort.ApplicationService;
import fr.capacite.application.cohort.OfferCatalogue;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.Funding;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code /path/apply.xhtml?cohort=}: a mediator applies to a published cohort of the catalogue —
 * motivation, funding, and the CCP1 they hold when the cohort prepares CCP2 or CCP3 alone (R11).
 */
@Named
@ViewScoped
public class ApplyBacking implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfferCatalogue catalogue;
  @EJB private ApplicationService applications;
  @EJB private fr.capacite.application.path.PositioningService positioning;

  private java.util.List<fr.capacite.application.path.PositioningViews.OfferTest> tests;

  private Long cohort;
  private OfferCatalogue.Detail offer;
  private String motivation;
  private Funding funding;
  private String ccp1Evidence;

  public void load() throws IOException {
    try {
      offer = catalogue.offer(cohort == null ? -1 : cohort);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  /** The programme's positioning tests the person may take before applying, and their tries. */
  public java.util.List<fr.capacite.application.path.PositioningViews.OfferTest> getTests() {
    if (tests == null && offer != null) {
      tests = positioning.offerTests(cohort);
    }
    return tests == null ? java.util.List.of() : tests;
  }

  /** Starts or resumes a test from this offer, then shows its current question. */
  public String takeTest(long testId) {
    try {
      long id = positioning.startBeforeApplying(testId, cohort);
      return "/path/take?faces-redirect=true&attempt=" + id;
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public OfferCatalogue.Detail getOffer() {
    return offer;
  }

  public String apply() {
    try {
      applications.apply(
          cohort, new ApplicationService.ApplicationForm(motivation, funding, ccp1Evidence));
      Messages.info("apply.sent");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/path/index?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public Funding[] getFundings() {
    var offered = getOffer().offer().funding();
    return offered.isEmpty() ? Funding.values() : offered.toArray(Funding[]::new);
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public String getMotivation() {
    return motivation;
  }

  public void setMotivation(String motivation) {
    this.motivation = motivation;
  }

  public Funding getFunding() {
    return funding;
  }

  public void setFunding(Funding funding) {
    this.funding = funding;
  }

  public String getCcp1Evidence() {
    return ccp1Evidence;
  }

  public void setCcp1Evidence(String ccp1Evidence) {
    this.ccp1Evidence = ccp1Evidence;
  }
}
