package fr.capacite.application.organisation;

import fr.capacite.domain.organisation.Site;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A site as entered in the form. */
public record SiteForm(
    @NotBlank @Size(max = Site.NAME_MAX) String name,
    @NotBlank @Size(max = 300) String address,
    @NotBlank @Pattern(regexp = Site.POSTAL_CODE_PATTERN) String postalCode,
    @NotBlank @Size(max = 120) String city,
    boolean accessible,
    boolean itinerant,
    @Size(max = 120) String referentName,
    @Email @Size(max = 254) String referentEmail)
    implements Serializable {}
