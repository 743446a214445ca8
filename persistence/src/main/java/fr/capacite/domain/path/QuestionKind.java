package fr.capacite.domain.path;

/** Single choice (one answer) or multiple choice (any number). */
public enum QuestionKind {
  SINGLE,
  MULTIPLE
}
