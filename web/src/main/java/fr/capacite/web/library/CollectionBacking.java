package fr.capacite.web.library;

import fr.capacite.application.library.CollectionService;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /library/collection.xhtml?id=}: a collection's resources; its owner edits it. */
@Named
@ViewScoped
public class CollectionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CollectionService collections;

  private Long id;
  private CollectionService.CollectionRow collection;
  private PagedModel<LibraryViews.Summary> items;
  private final CollectionForm form = new CollectionForm();

  public void load() throws IOException {
    try {
      show(collections.get(id == null ? -1 : id));
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    long key = id;
    items = new PagedModel<>((f, s) -> collections.items(key, f, s), LibraryViews.Summary::slug);
  }

  private void show(CollectionService.CollectionRow c) {
    collection = c;
    form.setName(c.name());
    form.setDescription(c.description());
    form.setShare(c.shared());
  }

  public void save() {
    show(
        collections.update(
            id, collection.entityVersion(), form.getName(), form.getDescription(), form.isShare()));
    Messages.info("library.collection.saved");
  }

  public void remove(String slug) {
    collections.remove(id, slug);
    show(collections.get(id));
    Messages.info("library.collection.removed");
  }

  public String delete() {
    collections.delete(id);
    Messages.info("library.collection.deleted");
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/library/collections?faces-redirect=true";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CollectionService.CollectionRow getCollection() {
    return collection;
  }

  public PagedModel<LibraryViews.Summary> getItems() {
    return items;
  }

  public CollectionForm getForm() {
    return form;
  }
}
