package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.EnrolmentStatus;
import java.io.Serializable;

/** Whether the learner got a place or a rank on the waiting list. */
public record EnrolmentOutcome(long enrolmentId, EnrolmentStatus status, Integer waitingRank)
    implements Serializable {}
