package fr.capacite.domain.jury;

/**
 * The life of an exam session, one step at a time: planned → open for scoring → deliberated → PV
 * signed → results published.
 */
public enum ExamStatus {
  PLANNED,
  OPEN,
  DELIBERATED,
  SIGNED,
  PUBLISHED;

  /** The one step that may follow, or null at the end. */
  public ExamStatus next() {
    return this == PUBLISHED ? null : values()[ordinal() + 1];
  }

  /** Whether the session's jury and candidates can still change (not once scoring has begun). */
  public boolean isEditable() {
    return this == PLANNED;
  }
}
