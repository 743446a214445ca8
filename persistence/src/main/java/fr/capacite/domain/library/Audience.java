package fr.capacite.domain.library;

/** Audiences, after La Base's (shared/domain.md). */
public enum Audience {
  TOUS_PUBLICS,
  SENIORS,
  PARENTS,
  ELOIGNES,
  HANDICAP,
  ILLETTRISME,
  ALLOPHONES
}
