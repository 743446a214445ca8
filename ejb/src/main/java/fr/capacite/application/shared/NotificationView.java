package fr.capacite.application.shared;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A notification as its recipient sees it: an i18n key and its arguments, a link, a date. */
public record NotificationView(
    long id,
    String messageKey,
    List<String> arguments,
    String link,
    Instant createdAt,
    boolean read)
    implements Serializable {}
