package fr.capacite.domain.jury;

/** How a candidate sits: in the centre, or remotely (the CCP1 experiment of R10). */
public enum ExamModality {
  ON_SITE,
  REMOTE
}
