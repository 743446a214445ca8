package fr.capacite.application.jury;

import java.time.LocalDate;

/**
 * The stored PV grants a person the title, or an amendment withdraws it (R9): the title credential
 * follows this, never a recomputation from live data. {@code day} is the session's date, the date
 * of the decision; {@code reason} is the amendment's, null at publication.
 */
public record TitleDecided(
    long sessionId, long learnerId, boolean granted, LocalDate day, String reason) {}
