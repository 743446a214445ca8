package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.Cohort;
import fr.capacite.domain.cohort.Modality;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** What a manager enters about a cohort. Programme and title version are fixed at creation. */
public record CohortForm(
    @NotBlank @Size(max = Cohort.CODE_MAX) String code,
    @NotBlank @Size(max = Cohort.TITLE_MAX) String title,
    Long programmeId,
    Long versionId,
    Set<Long> blockIds,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    int maxSize,
    @NotNull Modality modality,
    Long mainSiteId,
    Set<Long> trainerIds,
    Set<DayOfWeek> organisationDays,
    Set<DayOfWeek> hostDays)
    implements Serializable {}
