package fr.capacite.web.jury;

import fr.capacite.application.jury.ApprovalChoice;
import fr.capacite.application.jury.ExamSessionForm;
import fr.capacite.application.jury.ExamSessionService;
import fr.capacite.application.jury.ExamSessionSummary;
import fr.capacite.application.referential.ReferentialService;
import fr.capacite.domain.jury.ExamKind;
import fr.capacite.domain.jury.ExamModality;
import fr.capacite.web.cohort.CohortEditBacking.Choice;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /jury/index.xhtml}: the exam sessions the caller may see, and for centre managers the form
 * that plans one under one of their approvals (R4).
 */
@Named
@ViewScoped
public class JuryIndexBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExamSessionService sessions;
  @EJB private ReferentialService referential;

  private PagedModel<ExamSessionSummary> model;
  private List<ApprovalChoice> approvals = List.of();
  private List<Choice> blocks = List.of();

  private String approvalKey;
  private String title;
  private ExamKind kind = ExamKind.CCP;
  private Long[] blockIds = new Long[0];
  private LocalDate day;
  private ExamModality modality = ExamModality.ON_SITE;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> sessions.listSessions(f, s), ExamSessionSummary::id);
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    if (ec.isUserInRole("ADMIN") || ec.isUserInRole("ORG_MANAGER")) {
      approvals = sessions.myApprovals();
    }
  }

  /** Ajax: the blocks offered follow the chosen approval's version. */
  public void loadBlocks() {
    blocks =
        approval() == null
            ? List.of()
            : referential.listBlocks(approval().versionId()).stream()
                .filter(b -> !b.isRetired())
                .map(
                    b ->
                        new Choice(
                            b.getId(),
                            b.getCode() + (b.getTitle() == null ? "" : " — " + b.getTitle())))
                .toList();
    blockIds = new Long[0];
  }

  public String create() {
    ApprovalChoice a = approval();
    if (a == null) {
      fr.capacite.web.shared.Messages.error("jury.session.chooseApproval");
      return null;
    }
    long id =
        sessions.createSession(
            a.centreId(),
            new ExamSessionForm(
                title, a.versionId(), kind, List.of(blockIds), a.siteId(), day, modality));
    fr.capacite.web.shared.Messages.info("jury.session.created", title);
    return "/jury/session?faces-redirect=true&id=" + id;
  }

  private ApprovalChoice approval() {
    return approvals.stream().filter(a -> a.key().equals(approvalKey)).findFirst().orElse(null);
  }

  public PagedModel<ExamSessionSummary> getModel() {
    return model;
  }

  public List<ApprovalChoice> getApprovals() {
    return approvals;
  }

  public List<Choice> getBlocks() {
    return blocks;
  }

  public ExamKind[] getKinds() {
    return ExamKind.values();
  }

  public ExamModality[] getModalities() {
    return ExamModality.values();
  }

  public String getApprovalKey() {
    return approvalKey;
  }

  public void setApprovalKey(String approvalKey) {
    this.approvalKey = approvalKey;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public ExamKind getKind() {
    return kind;
  }

  public void setKind(ExamKind kind) {
    this.kind = kind;
  }

  public Long[] getBlockIds() {
    return blockIds;
  }

  public void setBlockIds(Long[] blockIds) {
    this.blockIds = blockIds;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public ExamModality getModality() {
    return modality;
  }

  public void setModality(ExamModality modality) {
    this.modality = modality;
  }
}
