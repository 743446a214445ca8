package fr.capacite.application.jury;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public check of a result document shows: the result and where it was decided, nothing
 * else about the person.
 */
public record Verification(
    String versionCode,
    String versionTitle,
    String centreName,
    LocalDate day,
    List<PvView.BlockOutcome> blocks,
    boolean titleGranted,
    List<fr.capacite.domain.jury.PvContent.Ground> heldBefore,
    PvView.Sealed sealed)
    implements Serializable {}
