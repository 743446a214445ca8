package fr.capacite.web.referential;

import fr.capacite.application.referential.ReferentialService;
import fr.capacite.application.referential.VersionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /referential/index.xhtml}: every version of every title, with its status today. */
@Named
@ViewScoped
public class VersionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferentialService referential;

  private List<VersionSummary> versions;

  @PostConstruct
  void init() {
    versions = referential.listVersions();
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }
}
