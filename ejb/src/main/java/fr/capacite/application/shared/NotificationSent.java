package fr.capacite.application.shared;

import java.util.List;

/** A notification stored for a user; e-mailed once its transaction commits. */
public record NotificationSent(
    String email, String locale, String messageKey, List<String> arguments, String link) {}
