package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.AttendanceStatus;
import java.io.Serializable;
import java.time.Instant;

/** A session of one of the learner's cohorts, with their own signature and status. */
public record LearnerSession(
    SessionView session, Instant signedAt, AttendanceStatus status, boolean canSign)
    implements Serializable {}
