package fr.capacite.domain.path;

import java.io.Serializable;
import java.time.LocalDate;

/** A cohort that delivers a module, or an organisation offering it without a date yet. */
public record ModuleOffer(
    Long cohortId, String cohortTitle, String organisation, LocalDate start, LocalDate end)
    implements Serializable {}
