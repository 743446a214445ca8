package fr.capacite.domain.cohort;

/**
 * Why a learner left a cohort (motif d'abandon), for the drop-out figures (Qualiopi ind. 2, 12).
 */
public enum WithdrawalReason {
  EMPLOYMENT,
  PERSONAL,
  HEALTH,
  RELOCATION,
  TRAINING_MISMATCH,
  EXCLUDED,
  OTHER
}
