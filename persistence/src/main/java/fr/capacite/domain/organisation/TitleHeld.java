package fr.capacite.domain.organisation;

/** The mediation title a trainer holds (Qualiopi indicator 21: staff competence). */
public enum TitleHeld {
  NONE,
  REMN,
  MEDIATEUR_NUMERIQUE
}
