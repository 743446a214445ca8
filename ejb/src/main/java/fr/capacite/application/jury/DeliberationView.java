package fr.capacite.application.jury;

import fr.capacite.domain.jury.ExamModality;
import fr.capacite.domain.jury.ExamStatus;
import fr.capacite.domain.jury.Finding;
import java.io.Serializable;
import java.util.List;

/**
 * The deliberation table of a session: one row per candidate and block, with the sheets received,
 * the jurors' proposals, any discrepancy to discuss, and the jury's decision (R5).
 */
public record DeliberationView(
    long sessionId,
    String title,
    ExamStatus status,
    boolean canDecide,
    boolean complete,
    List<Row> rows)
    implements Serializable {

  /** One candidate-block. */
  public record Row(
      long candidateId,
      String candidateName,
      ExamModality modality,
      long blockId,
      String blockCode,
      int expectedSheets,
      int submittedSheets,
      List<String> proposals,
      List<Finding> discrepancies,
      Double meanScore,
      Boolean decision,
      String reason)
      implements Serializable {

    public boolean readyToDecide() {
      return expectedSheets > 0 && submittedSheets >= expectedSheets;
    }

    public boolean flagged() {
      return !discrepancies.isEmpty();
    }
  }
}
