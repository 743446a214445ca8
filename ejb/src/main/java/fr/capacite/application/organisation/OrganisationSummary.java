package fr.capacite.application.organisation;

import fr.capacite.domain.organisation.QualiopiStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** An organisation as listed, with its Qualiopi status today. */
public record OrganisationSummary(
    long id,
    String name,
    String siret,
    String nda,
    LocalDate qualiopiUntil,
    QualiopiStatus qualiopi)
    implements Serializable {}
