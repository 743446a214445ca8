package fr.capacite.application.referential.rncp;

import java.time.LocalDate;
import java.util.List;

/** The parts of the stored referential an import can touch, detached from JPA. */
public record ReferentialSnapshot(List<VersionSnap> versions, List<EquivalenceSnap> equivalences) {

  /** Without stored equivalences. */
  public ReferentialSnapshot(List<VersionSnap> versions) {
    this(versions, List.of());
  }

  /** A stored version. */
  public record VersionSnap(
      String code,
      String rncpCode,
      String title,
      String level,
      LocalDate validFrom,
      LocalDate validUntil,
      String certificationCode,
      String predecessorCode,
      List<BlockSnap> blocks) {}

  /** A stored block with its competence titles in order. */
  public record BlockSnap(
      String code, String rncpCode, String title, int order, List<String> competences) {}

  /** A stored equivalence, by version and block codes. */
  public record EquivalenceSnap(
      String fromVersion, String fromBlock, String toVersion, String toBlock) {}
}
