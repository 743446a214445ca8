package fr.capacite.web.library;

import fr.capacite.application.library.LibraryInsights;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /library/coverage.xhtml?v=}: the competences of a title version and how many labelled
 * resources cover each (those with none first catch the eye).
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LibraryInsights insights;

  private String version;
  private List<String> versions = List.of();
  private List<LibraryInsights.Coverage> rows = List.of();

  public void load() {
    versions = insights.versions();
    if ((version == null || !versions.contains(version)) && !versions.isEmpty()) {
      version = versions.get(0);
    }
    show();
  }

  public void show() {
    rows = version == null ? List.of() : insights.coverage(version);
  }

  public long getUncovered() {
    return rows.stream().filter(LibraryInsights.Coverage::uncovered).count();
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public List<String> getVersions() {
    return versions;
  }

  public List<LibraryInsights.Coverage> getRows() {
    return rows;
  }
}
