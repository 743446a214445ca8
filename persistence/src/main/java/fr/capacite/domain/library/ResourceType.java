package fr.capacite.domain.library;

/** Resource types, after La Base's (shared/domain.md). */
public enum ResourceType {
  RESSOURCE_PEDAGOGIQUE,
  OUTIL_NUMERIQUE,
  ARTICLE,
  BOITE_A_OUTILS,
  INFOGRAPHIE,
  METHODOLOGIE,
  QUESTIONNAIRE,
  VIDEO,
  ANNUAIRE
}
