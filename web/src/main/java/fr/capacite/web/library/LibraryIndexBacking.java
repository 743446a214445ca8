package fr.capacite.web.library;

import fr.capacite.application.library.LibrarySearch;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The search index's part of {@code /library/index.xhtml}, for administrators: its progress and a
 * rebuild from the database. The service allows it to administrators alone.
 */
@Named
@ViewScoped
public class LibraryIndexBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibrarySearch search;

  public void rebuild() {
    if (search.rebuild()) {
      Messages.info("library.index.started");
    }
  }

  /** Documents indexed, documents to index, 1 while a rebuild runs. */
  public int[] getProgress() {
    return search.progress();
  }

  /** Documents indexed so far, in percent of the resources to index (100 when idle). */
  public int getProgressPercent() {
    int[] p = search.progress();
    return p[1] == 0 ? 100 : Math.min(100, p[0] * 100 / p[1]);
  }
}
