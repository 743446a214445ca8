package fr.capacite.domain.path;

/** What a path template aims at. */
public enum PathKind {
  /** Blocks of a title version, e.g. "CnFS: CCP1 + Pix" or "Complete the title: CCP2 + CCP3". */
  TITLE,
  /** Yearly continuing education: n modules the first year, then m a year. */
  CONTINUING,
  /** A move to a neighbouring job (horizontal passerelle) or to managing a place (vertical). */
  CAREER
}
