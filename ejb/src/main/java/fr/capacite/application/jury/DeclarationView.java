package fr.capacite.application.jury;

import java.io.Serializable;
import java.time.Instant;

/** A link a juror declared with a person (R3). */
public record DeclarationView(
    long id, String candidateUsername, String candidateName, String reason, Instant declaredAt)
    implements Serializable {}
