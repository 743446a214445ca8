package fr.capacite.web.cohort;

import fr.capacite.application.cohort.ScheduleService;
import fr.capacite.application.cohort.SessionView;
import fr.capacite.domain.shared.FrenchTime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /cohort/today.xhtml}: a trainer's day (Aujourd'hui), one click from any page: the day's
 * sessions, each with its attendance sheet and the QR code learners sign with.
 */
@Named
@RequestScoped
public class TodayBacking {

  @EJB private ScheduleService schedule;

  private List<SessionView> sessions = List.of();
  private LocalDate today;

  @PostConstruct
  void init() {
    today = FrenchTime.today();
    sessions = schedule.myDay(today);
  }

  public List<SessionView> getSessions() {
    return sessions;
  }

  public LocalDate getToday() {
    return today;
  }
}
