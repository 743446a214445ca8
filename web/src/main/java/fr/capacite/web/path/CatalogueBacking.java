package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.ModuleView;
import fr.capacite.application.path.TemplateView;
import fr.capacite.domain.path.ModuleKind;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /path/catalogue.xhtml}: modules (filtered by kind) and path templates. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CatalogueService catalogue;

  private ModuleKind kind;
  private PagedModel<ModuleView> modules;
  private PagedModel<TemplateView> templates;

  @PostConstruct
  void init() {
    modules = new PagedModel<>((f, s) -> catalogue.listModules(kind, f, s), ModuleView::code);
    templates = new PagedModel<>((f, s) -> catalogue.listTemplates(f, s), TemplateView::code);
  }

  public ModuleKind[] getKinds() {
    return ModuleKind.values();
  }

  public ModuleKind getKind() {
    return kind;
  }

  public void setKind(ModuleKind kind) {
    this.kind = kind;
  }

  public PagedModel<ModuleView> getModules() {
    return modules;
  }

  public PagedModel<TemplateView> getTemplates() {
    return templates;
  }
}
