package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /library/diff.xhtml?r=&from=&to=}: two revisions compared block by block. */
@Named
@ViewScoped
public class DiffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;

  private String slug;
  private Integer from;
  private Integer to;
  private LibraryViews.DiffView diff;

  public void load() throws IOException {
    try {
      diff = reader.diff(slug == null ? "" : slug, from == null ? 0 : from, to == null ? 0 : to);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
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

  public LibraryViews.DiffView getDiff() {
    return diff;
  }
}
