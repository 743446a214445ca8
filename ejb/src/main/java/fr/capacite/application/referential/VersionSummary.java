package fr.capacite.application.referential;

import fr.capacite.domain.referential.VersionStatus;
import java.time.LocalDate;

/** A title version as listed: identity, validity, status today and size. */
public record VersionSummary(
    long id,
    String certificationCode,
    String certificationTitle,
    String code,
    String title,
    String rncpCode,
    String level,
    LocalDate validFrom,
    LocalDate validUntil,
    boolean extended,
    VersionStatus status,
    String predecessorCode,
    long blockCount)
    implements java.io.Serializable {}
