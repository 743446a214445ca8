package fr.capacite.web.jury;

import fr.capacite.application.jury.HistoricalResultService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/historical.xhtml}: an administrator enters a result decided before Capacité from
 * its document, naming that source; the list shows what was entered, by whom and when.
 */
@Named
@ViewScoped
public class HistoricalResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private HistoricalResultService historical;

  private List<HistoricalResultService.VersionChoice> versions;
  private Long versionId;
  private String learner;
  private Long blockId;
  private Boolean acquired;
  private LocalDate decidedOn;
  private String source;
  private PagedModel<HistoricalResultService.Row> model;

  @PostConstruct
  void init() {
    versions = historical.versions();
    model = new PagedModel<>((f, s) -> historical.recent(f, s), HistoricalResultService.Row::id);
  }

  public void record() {
    try {
      historical.record(
          new HistoricalResultService.Form(learner, blockId, acquired, decidedOn, source));
      Messages.info("admin.historical.recorded");
      learner = null;
      blockId = null;
      acquired = null;
      decidedOn = null;
      source = null;
    } catch (BusinessException e) {
      Messages.error(e);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public List<String> suggestLearners(String typed) {
    return historical.learners(typed);
  }

  /** The blocks of the chosen version. */
  public List<HistoricalResultService.BlockChoice> getBlocks() {
    return versions.stream()
        .filter(v -> versionId != null && v.id() == versionId)
        .findFirst()
        .map(HistoricalResultService.VersionChoice::blocks)
        .orElse(List.of());
  }

  public String moment(Instant i) {
    return Dates.moment(i);
  }

  public List<HistoricalResultService.VersionChoice> getVersions() {
    return versions;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public String getLearner() {
    return learner;
  }

  public void setLearner(String learner) {
    this.learner = learner;
  }

  public Long getBlockId() {
    return blockId;
  }

  public void setBlockId(Long blockId) {
    this.blockId = blockId;
  }

  public Boolean getAcquired() {
    return acquired;
  }

  public void setAcquired(Boolean acquired) {
    this.acquired = acquired;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public PagedModel<HistoricalResultService.Row> getModel() {
    return model;
  }
}
