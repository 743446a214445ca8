package fr.capacite.application.organisation;

import fr.capacite.domain.organisation.TitleHeld;
import java.io.Serializable;
import java.util.List;

/** A trainer of an organisation with their qualifications (empty until a manager records them). */
public record TrainerView(
    long userId,
    String username,
    String displayName,
    TitleHeld titleHeld,
    int yearsOfExperience,
    List<String> modules,
    long entityVersion)
    implements Serializable {}
