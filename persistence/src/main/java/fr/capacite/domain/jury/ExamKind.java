package fr.capacite.domain.jury;

/** What an exam session awards: the whole title, CCP blocks, or a CCS (which needs the title). */
public enum ExamKind {
  TITLE,
  CCP,
  CCS
}
