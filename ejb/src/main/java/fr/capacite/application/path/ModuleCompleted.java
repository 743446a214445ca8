package fr.capacite.application.path;

/** A module completion was recorded (credentials are issued for it). */
public record ModuleCompleted(long completionId) {}
