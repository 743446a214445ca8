package fr.capacite.application.jury;

/** A session's results were published: its block results are now in people's history. */
public record ResultsPublished(long sessionId) {}
