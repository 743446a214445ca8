package fr.capacite.web.path;

import fr.capacite.application.path.LearnerPlanSummary;
import fr.capacite.application.path.PixImportService;
import fr.capacite.application.path.PlanService;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/**
 * {@code /path/learners.xhtml}: the learners of the caller's organisations and their objectives;
 * managers import Pix results for them.
 */
@Named
@ViewScoped
public class LearnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PlanService plans;
  @EJB private PixImportService pix;

  private PagedModel<LearnerPlanSummary> model;
  private transient Part pixFile;
  private PixImportService.Report pixReport;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> plans.learners(f, s), LearnerPlanSummary::username);
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
      pixReport = pix.importForLearners(in, PixForms.fileName(pixFile));
    }
    Messages.info("path.pix.imported", pixReport.imported(), pixReport.updated());
  }

  public PagedModel<LearnerPlanSummary> getModel() {
    return model;
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
