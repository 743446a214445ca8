package fr.capacite.web.cohort;

import fr.capacite.application.cohort.OfferCatalogue;
import fr.capacite.application.cohort.PublicResults;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.cohort.PublicFigure;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;

/**
 * {@code /offers/organisation.xhtml?id=}: a training organisation as anyone sees it, with its
 * Qualiopi certificate, its results as indicator 2 asks them shown (each with its period and its
 * number of learners, withheld below five) and its offers. Request-scoped: no session.
 */
@Named
@RequestScoped
public class PublicOrganisationBacking {

  @EJB private PublicResults results;
  @EJB private OfferCatalogue catalogue;

  private Long id;
  private PublicResults.OrganisationResults organisation;
  private List<OfferCatalogue.Offer> offers = List.of();

  public void load() throws IOException {
    try {
      organisation = results.of(id == null ? -1 : id);
      offers = catalogue.ofOrganisation(organisation.id());
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  /** A rate in the page's language ("87 %", "87%"), or what stands in for it when withheld. */
  public String rate(PublicFigure f) {
    if (!f.shown()) {
      return f.learners() == 0
          ? Messages.text("organisationPage.noData")
          : Messages.text("organisationPage.tooFew", PublicFigure.MIN_LEARNERS);
    }
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMaximumFractionDigits(0);
    return percent.format(f.value() / 100.0);
  }

  public String getCanonical() {
    return PublicAddress.of("offers/organisation.xhtml?id=" + organisation.id());
  }

  public PublicResults.OrganisationResults getOrganisation() {
    return organisation;
  }

  public List<OfferCatalogue.Offer> getOffers() {
    return offers;
  }

  public String scopeName(String scope) {
    return OffersBacking.scopeLabel(scope);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
