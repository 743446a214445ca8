package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Modality;
import java.io.Serializable;
import java.time.LocalDate;

/** A cohort as listed on its organisation's page. */
public record CohortSummary(
    long id,
    String code,
    String title,
    String versionCode,
    String programmeTitle,
    LocalDate start,
    LocalDate end,
    Modality modality,
    int maxSize,
    long enrolled,
    long waiting)
    implements Serializable {}
