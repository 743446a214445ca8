package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.SurveyWave;
import java.io.Serializable;
import java.time.LocalDate;

/** A questionnaire waiting for the learner's answer. */
public record SurveyInvitationView(
    long id,
    long cohortId,
    String cohortTitle,
    String organisationName,
    SurveyWave wave,
    LocalDate sentOn,
    LocalDate closesOn)
    implements Serializable {}
