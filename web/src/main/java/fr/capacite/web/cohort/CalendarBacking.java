package fr.capacite.web.cohort;

import fr.capacite.application.cohort.ScheduleService;
import fr.capacite.application.cohort.SessionView;
import fr.capacite.application.shared.BusinessException;
import fr.capacite.application.shared.ObjectNotFoundException;
import fr.capacite.web.cohort.CohortEditBacking.Choice;
import fr.capacite.web.shared.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /cohort/calendar.xhtml?organisation=N[&cohort=M]}: an organisation's sessions in a
 * calendar, by cohort, trainer or site. Managers drag a session to move it, or stretch it to change
 * its end; the schedule service applies the clash rules and refuses with the clash named.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ScheduleService schedule;

  private Long organisationId;
  private Long cohortId;
  private Long trainerId;
  private Long siteId;
  private String organisationName;
  private List<Choice> cohortChoices;
  private List<Choice> trainerChoices;
  private List<Choice> siteChoices;
  private LocalDate initialDate;

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          if (organisationId == null) {
            return;
          }
          for (SessionView s :
              schedule.organisationSessions(
                  organisationId,
                  start.toLocalDate(),
                  end.toLocalDate(),
                  cohortId,
                  trainerId,
                  siteId)) {
            addEvent(event(s));
          }
        }
      };

  /** f:viewAction; an organisation the caller may not see is a 404. */
  public void load() throws IOException {
    try {
      // The filters' choices alone, as values (a cohort's detail or the member list cost the
      // page most of its time at national scale).
      ScheduleService.CalendarChoices choices =
          schedule.calendarChoices(organisationId == null ? -1 : organisationId, cohortId);
      organisationName = choices.organisation();
      siteChoices = choices.sites().stream().map(x -> new Choice(x.id(), x.label())).toList();
      cohortChoices = choices.cohorts().stream().map(x -> new Choice(x.id(), x.label())).toList();
      trainerChoices = choices.trainers().stream().map(x -> new Choice(x.id(), x.label())).toList();
      initialDate = choices.cohortStart();
    } catch (ObjectNotFoundException e) {
      FacesContext fc = FacesContext.getCurrentInstance();
      fc.getExternalContext().responseSendError(404, "");
      fc.responseComplete();
    }
  }

  private DefaultScheduleEvent<SessionView> event(SessionView s) {
    String where = s.siteName() == null ? "" : " — " + s.siteName();
    String who = s.trainerName() == null ? "" : " — " + s.trainerName();
    return DefaultScheduleEvent.<SessionView>builder()
        .id(Long.toString(s.id()))
        .title(s.topic() + " (" + s.cohortCode() + ")" + who + where)
        .description(s.cohortTitle())
        .startDate(s.day().atTime(s.start()))
        .endDate(s.day().atTime(s.end()))
        .data(s)
        .editable(canManage())
        .styleClass("session-" + s.modality())
        .url(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/cohort/edit.xhtml?id="
                + s.cohortId())
        .build();
  }

  /** A session dragged to another slot: same length, new day and start. */
  public void onMove(ScheduleEntryMoveEvent e) {
    SessionView s = session(e.getScheduleEvent());
    LocalDateTime start = s.day().atTime(s.start()).plus(e.getDeltaAsDuration());
    LocalDateTime end = s.day().atTime(s.end()).plus(e.getDeltaAsDuration());
    move(s, start, end);
  }

  /** A session stretched or shortened: same start, new end. */
  public void onResize(ScheduleEntryResizeEvent e) {
    SessionView s = session(e.getScheduleEvent());
    Duration delta = e.getDeltaEndAsDuration();
    move(
        s,
        s.day().atTime(s.start()).plus(e.getDeltaStartAsDuration()),
        s.day().atTime(s.end()).plus(delta));
  }

  private void move(SessionView s, LocalDateTime start, LocalDateTime end) {
    try {
      if (!start.toLocalDate().equals(end.toLocalDate())) {
        Messages.error("schedule.sameDay");
        return;
      }
      schedule.moveSession(
          s.cohortId(),
          s.id(),
          s.entityVersion(),
          start.toLocalDate(),
          start.toLocalTime(),
          end.toLocalTime());
      Messages.info("schedule.moved");
    } catch (BusinessException ex) {
      // Refused (clash, outside the cohort, conflict): the calendar is redrawn as stored.
      Messages.error(ex);
    }
  }

  @SuppressWarnings("unchecked")
  private static SessionView session(ScheduleEvent<?> e) {
    return ((ScheduleEvent<SessionView>) e).getData();
  }

  private static boolean canManage() {
    var ec = FacesContext.getCurrentInstance().getExternalContext();
    return ec.isUserInRole("ADMIN") || ec.isUserInRole("ORG_MANAGER");
  }

  public ScheduleModel getModel() {
    return model;
  }

  /** The cohort's first day, or null for today: PrimeFaces' Schedule takes a LocalDate. */
  public LocalDate getInitialDate() {
    return initialDate;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public Long getTrainerId() {
    return trainerId;
  }

  public void setTrainerId(Long trainerId) {
    this.trainerId = trainerId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public List<Choice> getCohortChoices() {
    return cohortChoices;
  }

  public List<Choice> getTrainerChoices() {
    return trainerChoices;
  }

  public List<Choice> getSiteChoices() {
    return siteChoices;
  }
}
