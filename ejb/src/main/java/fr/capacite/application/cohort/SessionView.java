package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Modality;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session as shown in a schedule or exported to a calendar. */
public record SessionView(
    long id,
    long entityVersion,
    String cohortCode,
    String cohortTitle,
    LocalDate day,
    LocalTime start,
    LocalTime end,
    String siteName,
    String room,
    String trainerName,
    String topic,
    Modality modality,
    long cohortId)
    implements Serializable {}
