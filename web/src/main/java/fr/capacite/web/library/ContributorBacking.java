package fr.capacite.web.library;

import fr.capacite.application.library.LibraryInsights;
import fr.capacite.application.library.LibraryViews;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.shared.NotFound;
import fr.capacite.web.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** {@code /library/contributor.xhtml?u=}: what a person brought to the library. */
@Named
@ViewScoped
public class ContributorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryInsights insights;

  private String username;
  private LibraryInsights.Profile profile;
  private PagedModel<LibraryViews.Summary> authored;

  public void load() throws IOException {
    try {
      profile = insights.profile(username);
    } catch (ObjectNotFoundException e) {
      NotFound.send();
      return;
    }
    String u = profile.username();
    authored = new PagedModel<>((f, s) -> insights.authored(u, f, s), LibraryViews.Summary::slug);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public LibraryInsights.Profile getProfile() {
    return profile;
  }

  public PagedModel<LibraryViews.Summary> getAuthored() {
    return authored;
  }
}
