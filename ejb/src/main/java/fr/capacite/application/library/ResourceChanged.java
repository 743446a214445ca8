package fr.capacite.application.library;

/** A resource was written or moved in its lifecycle: its search document is out of date. */
public record ResourceChanged(String slug) {}
