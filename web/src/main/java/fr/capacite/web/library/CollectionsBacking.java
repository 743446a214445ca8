package fr.capacite.web.library;

import fr.capacite.application.library.CollectionService;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /library/collections.xhtml}: my collections, a new one, and those others share. */
@Named
@ViewScoped
public class CollectionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CollectionService collections;

  private PagedModel<CollectionService.CollectionRow> mine;
  private PagedModel<CollectionService.CollectionRow> shared;
  private final CollectionForm form = new CollectionForm();

  @PostConstruct
  void init() {
    mine = new PagedModel<>((f, s) -> collections.mine(f, s), CollectionService.CollectionRow::id);
    shared =
        new PagedModel<>((f, s) -> collections.shared(f, s), CollectionService.CollectionRow::id);
  }

  public String create() {
    long id = collections.create(form.getName(), form.getDescription(), form.isShare());
    Messages.info("library.collection.created");
    return "/library/collection?faces-redirect=true&id=" + id;
  }

  public PagedModel<CollectionService.CollectionRow> getMine() {
    return mine;
  }

  public PagedModel<CollectionService.CollectionRow> getShared() {
    return shared;
  }

  public CollectionForm getForm() {
    return form;
  }
}
