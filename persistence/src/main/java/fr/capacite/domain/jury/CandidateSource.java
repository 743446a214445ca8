package fr.capacite.domain.jury;

/** Where a candidate comes from: a training cohort, a VAE (validation des acquis), or directly. */
public enum CandidateSource {
  COHORT,
  VAE,
  DIRECT
}
