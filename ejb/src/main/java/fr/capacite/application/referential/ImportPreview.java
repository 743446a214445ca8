package fr.capacite.application.referential;

import fr.capacite.application.referential.rncp.ImportPlan;
import java.io.Serializable;

/** The outcome of reading the files: what would change, and a fingerprint of that plan. */
public record ImportPreview(ImportPlan plan, int fiches, int blocks, int links, String fingerprint)
    implements Serializable {}
