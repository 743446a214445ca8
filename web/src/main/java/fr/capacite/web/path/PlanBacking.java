package fr.capacite.web.path;

import fr.capacite.application.path.CatalogueService;
import fr.capacite.application.path.PixImportService;
import fr.capacite.application.path.PlanService;
import fr.capacite.application.path.PlanView;
import fr.capacite.application.path.TemplateView;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /path/plan.xhtml}: the mediator's individual learning plan, the choice of an objective and
 * the import of their Pix results.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PlanService plans;
  @EJB private CatalogueService catalogue;
  @EJB private PixImportService pix;

  private PlanView plan;
  private List<TemplateView> templates;
  private String templateCode;
  private transient Part pixFile;
  private PixImportService.Report pixReport;

  @PostConstruct
  void init() {
    templates = catalogue.listTemplates(0, 200).items();
    show(plans.myPlan());
  }

  private void show(PlanView p) {
    plan = p;
    templateCode = p.templateCode();
  }

  public void choose() {
    if (templateCode == null || templateCode.isBlank()) {
      Messages.error("path.plan.chooseOne");
      return;
    }
    show(plans.chooseObjective(templateCode, plan.entityVersion()));
    Messages.info("path.plan.chosen", plan.templateTitle());
  }

  public void importPix() throws IOException {
    pixReport = null;
    if (pixFile == null || pixFile.getSize() == 0) {
      Messages.error("path.pix.noFile");
      return;
    }
    if (pixFile.getSize() > PixImportService.MAX_BYTES) {
      Messages.error("path.pix.tooLarge", PixImportService.MAX_BYTES / 1024);
      return;
    }
    try (var in = pixFile.getInputStream()) {
      pixReport = pix.importMine(in, PixForms.fileName(pixFile));
    }
    Messages.info("path.pix.imported", pixReport.imported(), pixReport.updated());
    show(plans.myPlan());
  }

  public PlanView getPlan() {
    return plan;
  }

  public List<TemplateView> getTemplates() {
    return templates;
  }

  public String getTemplateCode() {
    return templateCode;
  }

  public void setTemplateCode(String templateCode) {
    this.templateCode = templateCode;
  }

  public Part getPixFile() {
    return pixFile;
  }

  public void setPixFile(Part pixFile) {
    this.pixFile = pixFile;
  }

  public PixImportService.Report getPixReport() {
    return pixReport;
  }
}
