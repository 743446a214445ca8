package fr.capacite.application.organisation;

import fr.capacite.domain.organisation.TrainingOrganisation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What a manager or an administrator enters about an organisation. */
public record OrganisationForm(
    @NotBlank @Size(max = TrainingOrganisation.NAME_MAX) String name,
    @NotBlank String siret,
    String nda,
    @Size(max = 60) String qualiopiNumber,
    @Size(max = 120) String qualiopiCertifier,
    LocalDate qualiopiFrom,
    LocalDate qualiopiUntil)
    implements Serializable {}
