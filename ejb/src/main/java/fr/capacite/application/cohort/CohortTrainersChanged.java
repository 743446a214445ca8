package fr.capacite.application.cohort;

/** A cohort's trainers changed: juries screening its learners must look again (R3). */
public record CohortTrainersChanged(long cohortId) {}
