package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Modality;
import fr.capacite.domain.cohort.TrainingSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session as entered: when, where, with whom, on what. */
public record SessionForm(
    @NotNull LocalDate day,
    @NotNull LocalTime start,
    @NotNull LocalTime end,
    Long siteId,
    @Size(max = 60) String room,
    Long trainerId,
    @NotBlank @Size(max = TrainingSession.TOPIC_MAX) String topic,
    @NotNull Modality modality)
    implements Serializable {}
