package fr.capacite.web.jury;

import fr.capacite.application.jury.JurorService;
import fr.capacite.application.jury.JurorView;
import fr.capacite.web.shared.Messages;
import fr.capacite.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** {@code /jury/jurors.xhtml}: administrators keep jurors' habilitation and experience (R1, R2). */
@Named
@ViewScoped
public class JurorsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private JurorService jurors;

  private PagedModel<JurorView> model;

  private String username;
  private String displayName;
  private long entityVersion;
  private String region;
  private LocalDate habilitationUntil;
  private Integer yearsInJob;
  private LocalDate leftJobOn;
  private LocalDate inductionOn;
  private LocalDate charterSignedOn;
  private String employer;

  @PostConstruct
  void init() {
    model = new PagedModel<>((f, s) -> jurors.listJurors(f, s), JurorView::userId);
  }

  /** Opens the edit dialog with the juror's current profile. */
  public void edit(String jurorUsername) {
    JurorView j = jurors.getJuror(jurorUsername);
    username = j.username();
    displayName = j.displayName();
    entityVersion = j.entityVersion();
    region = j.form().habilitationRegion();
    habilitationUntil = j.form().habilitationUntil();
    yearsInJob = j.form().yearsInJob();
    leftJobOn = j.form().leftJobOn();
    inductionOn = j.form().inductionOn();
    charterSignedOn = j.form().charterSignedOn();
    employer = j.form().employer();
  }

  public void save() {
    JurorView saved =
        jurors.saveProfile(
            username,
            entityVersion,
            new JurorView.JurorForm(
                region,
                habilitationUntil,
                yearsInJob == null ? 0 : yearsInJob,
                leftJobOn,
                inductionOn,
                charterSignedOn,
                employer));
    entityVersion = saved.entityVersion();
    Messages.info("jury.jurors.saved", displayName);
  }

  public PagedModel<JurorView> getModel() {
    return model;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public LocalDate getHabilitationUntil() {
    return habilitationUntil;
  }

  public void setHabilitationUntil(LocalDate habilitationUntil) {
    this.habilitationUntil = habilitationUntil;
  }

  public Integer getYearsInJob() {
    return yearsInJob;
  }

  public void setYearsInJob(Integer yearsInJob) {
    this.yearsInJob = yearsInJob;
  }

  public LocalDate getLeftJobOn() {
    return leftJobOn;
  }

  public void setLeftJobOn(LocalDate leftJobOn) {
    this.leftJobOn = leftJobOn;
  }

  public LocalDate getInductionOn() {
    return inductionOn;
  }

  public void setInductionOn(LocalDate inductionOn) {
    this.inductionOn = inductionOn;
  }

  public LocalDate getCharterSignedOn() {
    return charterSignedOn;
  }

  public void setCharterSignedOn(LocalDate charterSignedOn) {
    this.charterSignedOn = charterSignedOn;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }
}
