package fr.capacite.web.shared;

/** The body of every API error: a stable code (the i18n key) and a translated message. */
public record ApiError(int status, String code, String message) {}
