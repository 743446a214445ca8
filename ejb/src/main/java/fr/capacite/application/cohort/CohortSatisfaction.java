package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.SatisfactionTally;
import fr.capacite.domain.cohort.SurveyWave;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A cohort's questionnaire results per wave, with the learners' free text. */
public record CohortSatisfaction(List<Wave> waves, List<Comment> comments, long commentCount)
    implements Serializable {

  /** One wave: how many were invited, and the aggregate of the answers. */
  public record Wave(SurveyWave wave, long invited, SatisfactionTally.Result result)
      implements Serializable {

    /** Share of invited learners who answered, in percent; null before any invitation. */
    public Double responseRate() {
      return invited == 0 ? null : result.respondents() * 100.0 / invited;
    }
  }

  /** Free text as typed (escaped when shown), with its wave and day only. */
  public record Comment(SurveyWave wave, LocalDate answeredOn, String text)
      implements Serializable {}
}
