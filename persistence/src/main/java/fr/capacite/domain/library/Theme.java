package fr.capacite.domain.library;

/** Themes, after La Base's (shared/domain.md), plus the continuing-education subjects. */
public enum Theme {
  DIAGNOSTIC,
  DEMARCHES,
  OUTILS,
  ACCESSIBILITE,
  PARENTALITE,
  CYBER,
  IA,
  NUMERIQUE_RESPONSABLE,
  POSTURE
}
