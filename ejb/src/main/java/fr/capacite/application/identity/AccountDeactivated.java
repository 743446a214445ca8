package fr.capacite.application.identity;

/**
 * An account was deactivated (fired inside the deactivating transaction): what waited on that
 * person, such as their consent to a library label, stops waiting.
 */
public record AccountDeactivated(long userId, String username) {}
