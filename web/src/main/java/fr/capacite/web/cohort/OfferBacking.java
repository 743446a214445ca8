package fr.capacite.web.cohort;

import fr.capacite.application.cohort.OfferCatalogue;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code /offers/cohort.xhtml?id=}: a published training offer as anyone reads it, with what LHÉO's
 * first circle asks of an offer (objective, content, duration, rhythm and alternance,
 * prerequisites, positioning, price and funding, place and accessibility, contact), and the tags
 * search engines and link previews read. Request-scoped: a visitor costs no session.
 */
@Named
@RequestScoped
public class OfferBacking {

  @EJB private OfferCatalogue catalogue;

  private Long id;
  private OfferCatalogue.Detail detail;

  public void load() throws IOException {
    try {
      detail = catalogue.offer(id == null ? -1 : id);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  public OfferCatalogue.Detail getDetail() {
    return detail;
  }

  public String getCanonical() {
    return PublicAddress.of("offers/cohort.xhtml?id=" + detail.offer().cohortId());
  }

  /** The first lines of the page, for search engines and link previews. */
  public String getDescription() {
    return fr.capacite.web.library.ResourceReading.shorten(
        Messages.text(
            "offers.description",
            detail.offer().title(),
            detail.offer().organisation(),
            detail.offer().city() == null ? Messages.text("offers.remote") : detail.offer().city(),
            fr.capacite.web.shared.Dates.day(detail.offer().start())),
        300);
  }

  /** The path's possible lengths in hours, as "175" or "105, 280 or 350". */
  public String getHours() {
    List<String> hours = new TreeSet<>(detail.pathHours()).stream().map(String::valueOf).toList();
    if (hours.size() <= 1) {
      return hours.isEmpty() ? "" : hours.get(0);
    }
    return String.join(", ", hours.subList(0, hours.size() - 1))
        + " "
        + Messages.text("general.or")
        + " "
        + hours.get(hours.size() - 1);
  }

  /** Weekdays in the page's language, Monday first: "lundi, mardi". */
  public String days(Set<DayOfWeek> days) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return new TreeSet<>(days)
        .stream()
            .map(d -> d.getDisplayName(TextStyle.FULL, locale))
            .collect(Collectors.joining(", "));
  }

  public String price(java.math.BigDecimal price) {
    return OffersBacking.priceLabel(price);
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
