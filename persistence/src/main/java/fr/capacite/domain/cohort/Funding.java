package fr.capacite.domain.cohort;

/**
 * How a cohort's training can be paid for, as training offers state it (LHÉO's financeurs, in the
 * words learners search with).
 */
public enum Funding {
  /** Compte personnel de formation (the title is in the RNCP). */
  CPF,
  /** The employer's opérateur de compétences. */
  OPCO,
  /** The region's training programme. */
  REGION,
  /** France Travail (jobseekers). */
  FRANCE_TRAVAIL,
  /** The employer's own budget (plan de développement des compétences). */
  EMPLOYER,
  /** A national scheme for mediators (e.g. the State's funding of conseillers numériques). */
  STATE,
  /** The learner pays. */
  SELF
}
