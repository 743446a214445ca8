package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.shared.FrenchTime;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** {@code /library/history.xhtml?r=}: every revision, compared two by two, and reverts. */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;
  @EJB private LibraryService library;

  private String slug;
  private LibraryViews.ResourceView resource;
  private PagedModel<LibraryViews.RevisionRow> model;
  private Integer from;
  private Integer to;

  public void load() throws IOException {
    try {
      resource = reader.read(slug == null ? "" : slug, null);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    model =
        new PagedModel<>((f, s) -> reader.history(slug, f, s), LibraryViews.RevisionRow::number);
    to = resource.latest();
    from = Math.max(1, resource.latest() - 1);
  }

  public String compare() {
    return "/library/diff?faces-redirect=true&r=" + slug + "&from=" + from + "&to=" + to;
  }

  public String revert(int number) {
    LibraryViews.ResourceView v = library.revert(slug, number, resource.latest());
    Messages.info("library.reverted", number);
    return "/library/resource?faces-redirect=true&r=" + slug + "&rev=" + v.revision();
  }

  public String when(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .withZone(FrenchTime.ZONE)
        .format(at);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public LibraryViews.ResourceView getResource() {
    return resource;
  }

  public PagedModel<LibraryViews.RevisionRow> getModel() {
    return model;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
