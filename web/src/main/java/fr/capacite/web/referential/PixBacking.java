package fr.capacite.web.referential;

import fr.capacite.application.referential.ReferentialService;
import fr.capacite.domain.referential.PixDomain;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /referential/pix.xhtml}: the Pix framework, 16 competences in 5 domains. */
@Named
@ViewScoped
public class PixBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ReferentialService referential;

  private List<PixDomain> domains;

  @PostConstruct
  void init() {
    domains = referential.listPixDomains();
  }

  public List<PixDomain> getDomains() {
    return domains;
  }
}
