package fr.capacite.application.logbook;

/** A sharing of a structure started or ended: its kept figures are forgotten after the commit. */
public record SharingChanged(long organisationId) {}
