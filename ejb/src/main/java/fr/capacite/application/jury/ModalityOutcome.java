package fr.capacite.application.jury;

import fr.capacite.domain.jury.ExamModality;
import java.io.Serializable;

/**
 * R10: outcomes by the modality candidates sat in (on site / remote), to judge the remote CCP1
 * experiment: block decisions in force and how many were acquired.
 */
public record ModalityOutcome(ExamModality modality, long candidates, long decided, long acquired)
    implements Serializable {

  public Double rate() {
    return decided == 0 ? null : acquired * 100.0 / decided;
  }
}
