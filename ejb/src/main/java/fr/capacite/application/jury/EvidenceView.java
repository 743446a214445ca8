package fr.capacite.application.jury;

import fr.capacite.domain.jury.EvidenceKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A candidate's evidence file (R6): what the session expects, and what is recorded. */
public record EvidenceView(
    long candidateId,
    String candidateName,
    long sessionId,
    String sessionTitle,
    boolean trained,
    List<Item> items,
    boolean canManage,
    boolean canNote)
    implements Serializable {

  /** One kind of evidence: expected or optional, and what is recorded. */
  public record Item(
      EvidenceKind kind,
      boolean expected,
      String fileName,
      Long fileSize,
      String text,
      String recordedBy,
      Instant recordedAt)
      implements Serializable {

    public boolean recorded() {
      return fileName != null || text != null;
    }
  }
}
