package fr.capacite.application.referential;

import fr.capacite.domain.referential.BlockKind;
import fr.capacite.domain.referential.EquivalenceKind;
import java.util.List;

/** A version with its blocks, competences, criteria and equivalences, loaded in five queries. */
public record VersionDetail(
    VersionSummary summary,
    String legalBasis,
    String nsf,
    long entityVersion,
    boolean usedInExam,
    Long predecessorId,
    List<BlockView> blocks,
    List<EquivalenceView> equivalences)
    implements java.io.Serializable {

  /** A block and its competences. */
  public record BlockView(
      long id,
      String code,
      String rncpCode,
      String title,
      BlockKind kind,
      int order,
      boolean retired,
      long entityVersion,
      List<CompetenceView> competences)
      implements java.io.Serializable {}

  /** A competence and its criteria. */
  public record CompetenceView(
      long id, int order, String title, long entityVersion, List<CriterionView> criteria)
      implements java.io.Serializable {}

  /** An evaluation criterion. */
  public record CriterionView(long id, int order, String description, long entityVersion)
      implements java.io.Serializable {}

  /** An equivalence between a block of another version and a block of this one (or the reverse). */
  public record EquivalenceView(
      long id,
      String fromVersionCode,
      String fromBlockCode,
      String fromBlockTitle,
      String toVersionCode,
      String toBlockCode,
      String toBlockTitle,
      EquivalenceKind kind)
      implements java.io.Serializable {}
}
