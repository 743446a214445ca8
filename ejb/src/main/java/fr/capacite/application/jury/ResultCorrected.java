package fr.capacite.application.jury;

/** A published block result was corrected by an amendment to the PV (R9). */
public record ResultCorrected(long blockResultId, boolean acquired, String reason) {}
