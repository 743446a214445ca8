package fr.capacite.web.logbook;

import fr.capacite.application.jury.EvidenceService;
import fr.capacite.application.logbook.DossierService;
import fr.capacite.application.logbook.LogbookService;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.domain.logbook.DossierSection;
import fr.capacite.web.shared.Dates;
import fr.capacite.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code /logbook/dossier.xhtml}: a mediator assembles the draft of their dossier professionnel
 * from their logbook, one competence at a time (examples chosen among the entries that illustrate
 * it, and their analysis), downloads it as a PDF, or hands it in to an exam session where they are
 * a candidate.
 */
@Named
@ViewScoped
public class DossierBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DossierService dossiers;
  @EJB private EvidenceService evidence;

  private DossierService.Dossier dossier;
  private List<EvidenceService.Candidacy> candidacies;

  // The competence being written.
  private Long editing;
  private Long editingVersion;
  private String reflection;
  private Long[] examples;

  private Long candidateId;

  /** The title (certification version) the dossier is written for. */
  private Long versionId;

  @PostConstruct
  void init() {
    read();
    candidacies = evidence.myOpenCandidacies();
    candidateId = candidacies.isEmpty() ? null : candidacies.get(0).candidateId();
  }

  private void read() {
    dossier = dossiers.dossier(versionId);
    versionId = dossier.versionId();
  }

  /** The title chosen in the list: its competences are shown, the one being written is closed. */
  public void changeTitle() {
    editing = null;
    try {
      read();
    } catch (BusinessException e) {
      versionId = null;
      read();
      Messages.error(e);
    }
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  /** Opens a competence to write (one at a time). */
  public void write(long competenceId) {
    section(competenceId)
        .ifPresent(
            s -> {
              editing = competenceId;
              editingVersion = s.version();
              reflection = s.reflection();
              examples =
                  s.examples().stream().map(LogbookService.EntryView::id).toArray(Long[]::new);
            });
  }

  public void save() {
    if (editing == null) {
      return;
    }
    try {
      dossiers.save(
          editing,
          editingVersion,
          reflection,
          examples == null ? Set.of() : Set.copyOf(Arrays.asList(examples)));
      String code = section(editing).map(s -> s.competence().code()).orElse("");
      Messages.info("dossier.saved", code);
      editing = null;
      read();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void cancel() {
    editing = null;
  }

  public void handIn() {
    if (candidateId == null) {
      return;
    }
    try {
      dossiers.handIn(candidateId, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      String session =
          candidacies.stream()
              .filter(c -> c.candidateId() == candidateId)
              .map(EvidenceService.Candidacy::session)
              .findFirst()
              .orElse("");
      Messages.info("dossier.handedIn", session);
      candidacies = evidence.myOpenCandidacies();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private java.util.Optional<DossierService.Section> section(long competenceId) {
    return dossier.sections().stream().filter(s -> s.competence().id() == competenceId).findFirst();
  }

  /** The section being written, or null. */
  public DossierService.Section getEditingSection() {
    return editing == null ? null : section(editing).orElse(null);
  }

  /** An entry as the examples list names it: "12 mars 2026 · Accompagnement individuel · …". */
  public String label(LogbookService.EntryView e) {
    var f = e.facts();
    return Dates.day(f.day())
        + " · "
        + Messages.text("LogKind." + f.kind().name())
        + " · "
        + String.join(
            ", ", f.themes().stream().map(t -> Messages.text("LogTheme." + t.name())).toList())
        + (f.note() == null ? "" : " — " + abbreviate(f.note(), 90));
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
  }

  /** "Rédigée", "Commencée" or "À rédiger". */
  public String status(DossierService.Section s) {
    return Messages.text(
        s.complete()
            ? "dossier.status.complete"
            : s.started() ? "dossier.status.started" : "dossier.status.empty");
  }

  public String candidacyLabel(EvidenceService.Candidacy c) {
    return Messages.text("dossier.handIn.option", c.session(), c.centre(), Dates.day(c.day()))
        + (c.dp() ? " " + Messages.text("dossier.handIn.hasDp") : "");
  }

  public int getReflectionMax() {
    return DossierSection.REFLECTION_MAX;
  }

  public int getMaxExamples() {
    return DossierSection.MAX_EXAMPLES;
  }

  public DossierService.Dossier getDossier() {
    return dossier;
  }

  public List<EvidenceService.Candidacy> getCandidacies() {
    return candidacies;
  }

  public Long getEditing() {
    return editing;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public Long[] getExamples() {
    return examples;
  }

  public void setExamples(Long[] examples) {
    this.examples = examples;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public void setCandidateId(Long candidateId) {
    this.candidateId = candidateId;
  }
}
