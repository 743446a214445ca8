package fr.capacite.domain.logbook;

/**
 * Whether the mediator did it with the person (faire avec: the person acts, the mediator guides) or
 * for them (faire à la place), the drift the field watches.
 */
public enum Approach {
  WITH,
  FOR
}
