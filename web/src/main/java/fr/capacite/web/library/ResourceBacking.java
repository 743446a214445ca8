package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /library/resource.xhtml?r=&rev=}: a resource at its stable revision (or the one asked
 * for), with its quality label, credits and actions.
 */
@Named
@ViewScoped
public class ResourceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;
  @EJB private LibraryService library;

  private String slug;
  private Integer rev;
  private LibraryViews.ResourceView resource;

  public void load() throws IOException {
    try {
      resource = reader.read(slug == null ? "" : slug, rev);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  public void submit() {
    resource = library.submit(resource.slug());
    Messages.info("library.submitted");
  }

  public String when(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(ZoneId.of("Europe/Paris"))
            .format(at);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Integer getRev() {
    return rev;
  }

  public void setRev(Integer rev) {
    this.rev = rev;
  }

  public LibraryViews.ResourceView getResource() {
    return resource;
  }
}
