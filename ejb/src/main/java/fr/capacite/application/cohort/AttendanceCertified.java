package fr.capacite.application.cohort;

/** A session's attendance sheet was certified: plans read the cohort's hours again. */
public record AttendanceCertified(long cohortId) {}
