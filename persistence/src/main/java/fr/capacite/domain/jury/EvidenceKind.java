package fr.capacite.domain.jury;

import java.util.EnumSet;
import java.util.Set;

/**
 * The evidence a jury bases its decision on (R6): the DP (dossier professionnel), the ECF results
 * of trained candidates, the MSP (mise en situation professionnelle), an optional interview or
 * questionnaire, and the final interview of title sessions.
 */
public enum EvidenceKind {
  DP,
  ECF,
  MSP,
  INTERVIEW,
  QUESTIONNAIRE,
  FINAL_INTERVIEW;

  /** R6: what a session of this kind expects from a candidate, trained in a cohort or not. */
  public static Set<EvidenceKind> expected(ExamKind kind, boolean trained) {
    Set<EvidenceKind> s = EnumSet.of(DP, MSP);
    if (kind != ExamKind.CCS && trained) {
      s.add(ECF);
    }
    if (kind == ExamKind.TITLE) {
      s.add(FINAL_INTERVIEW);
    }
    return s;
  }

  /** R6: what may also be recorded: the interview or questionnaire that can complete the MSP. */
  public static Set<EvidenceKind> allowed(ExamKind kind, boolean trained) {
    Set<EvidenceKind> s = EnumSet.copyOf(expected(kind, trained));
    if (kind != ExamKind.CCS) {
      s.add(INTERVIEW);
      s.add(QUESTIONNAIRE);
    }
    return s;
  }
}
