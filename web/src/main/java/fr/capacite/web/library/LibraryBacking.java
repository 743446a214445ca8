package fr.capacite.web.library;

import fr.capacite.application.library.LibraryReader;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /library/index.xhtml}: the resources, one page at a time. */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryReader reader;

  private PagedModel<LibraryViews.Summary> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> reader.list(f, s), LibraryViews.Summary::slug);
  }

  public PagedModel<LibraryViews.Summary> getModel() {
    return model;
  }
}
