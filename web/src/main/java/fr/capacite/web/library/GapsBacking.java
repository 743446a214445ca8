package fr.capacite.web.library;

import fr.capacite.application.logbook.DemandGaps;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;

/**
 * {@code /library/gaps.xhtml}: what people ask mediators for most, and whether a labelled resource
 * of the library and a module of the catalogue answer it (the gap list, linked from the review
 * queue). Read only, so request-scoped.
 */
@Named
@RequestScoped
public class GapsBacking {

  @EJB private DemandGaps service;

  private DemandGaps.Gaps gaps;

  @PostConstruct
  void init() {
    gaps = service.national();
  }

  public DemandGaps.Gaps getGaps() {
    return gaps;
  }

  /** A count in the page's language ("1 234"); nothing for none. */
  public String count(Long n) {
    return n == null
        ? ""
        : NumberFormat.getIntegerInstance(
                FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(n);
  }
}
