package fr.capacite.application.referential;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code fr/capacite/referential/reference-data.json} (read with JSON-B). */
public record ReferenceData(
    List<CertificationData> certifications, List<PixDomainData> pixDomains) {

  /** A title and its versions. */
  public record CertificationData(String code, String title, List<VersionData> versions) {}

  /** A version; absent fields are unknown and stay empty. */
  public record VersionData(
      String code,
      String title,
      String rncpCode,
      String legalBasis,
      String level,
      String nsf,
      LocalDate validFrom,
      LocalDate validUntil,
      Boolean extended,
      String predecessor,
      List<BlockData> blocks) {}

  /** A block and its competence titles. */
  public record BlockData(String code, String kind, String title, List<String> competences) {}

  /** A Pix domain and its competences. */
  public record PixDomainData(String code, String title, List<PixCompetenceData> competences) {}

  /** A Pix competence. */
  public record PixCompetenceData(String code, String title) {}
}
