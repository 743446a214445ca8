package fr.capacite.domain.cohort;

/** What the trainer certifies for a learner at a session. */
public enum AttendanceStatus {
  PRESENT,
  ABSENT,
  EXCUSED
}
