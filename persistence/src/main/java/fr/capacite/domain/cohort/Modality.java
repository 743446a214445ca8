package fr.capacite.domain.cohort;

/** How training is delivered. */
public enum Modality {
  ON_SITE,
  REMOTE,
  HYBRID
}
