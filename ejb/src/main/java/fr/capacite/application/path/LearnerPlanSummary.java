package fr.capacite.application.path;

import java.io.Serializable;

/** A learner of the caller's organisation and where their plan stands. */
public record LearnerPlanSummary(
    String username, String displayName, String templateTitle, int modulesCompleted)
    implements Serializable {}
