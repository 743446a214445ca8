package fr.capacite.web.jury;

import fr.capacite.application.jury.EvidenceService;
import fr.capacite.application.jury.EvidenceView;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.domain.jury.EvidenceKind;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** {@code /jury/candidate.xhtml?id=N}: a candidate's evidence for the jury (R6). */
@Named
@ViewScoped
public class EvidenceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private EvidenceService evidence;

  private Long id;
  private EvidenceView view;
  private transient Part dp;
  private final Map<EvidenceKind, String> texts = new EnumMap<>(EvidenceKind.class);

  /** f:viewAction; a candidate of a session the caller neither judges nor manages is a 404. */
  public void load() throws IOException {
    try {
      show(evidence.getEvidence(id == null ? -1 : id));
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
    }
  }

  private void show(EvidenceView v) {
    view = v;
    texts.clear();
    v.items().forEach(i -> texts.put(i.kind(), i.text()));
  }

  public void upload() throws IOException {
    if (dp == null) {
      Messages.error("jury.evidence.noFile");
      return;
    }
    try (var in = dp.getInputStream()) {
      evidence.uploadDp(id, dp.getSubmittedFileName(), dp.getSize(), in);
    }
    Messages.info("jury.evidence.uploaded");
    show(evidence.getEvidence(id));
  }

  public void save(EvidenceKind kind) {
    evidence.record(id, kind, texts.get(kind));
    Messages.info("jury.evidence.saved");
    show(evidence.getEvidence(id));
  }

  /** Whether the caller writes this kind: ECF for the centre, notes for the jury. */
  public boolean writable(EvidenceKind kind) {
    return kind == EvidenceKind.ECF ? view.canManage() : kind != EvidenceKind.DP && view.canNote();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public EvidenceView getView() {
    return view;
  }

  public Part getDp() {
    return dp;
  }

  public void setDp(Part dp) {
    this.dp = dp;
  }

  public Map<EvidenceKind, String> getTexts() {
    return texts;
  }

  public int getMaxMegabytes() {
    return EvidenceService.MAX_DP_MB;
  }
}
