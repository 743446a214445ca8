package fr.capacite.application.path;

import java.io.Serializable;

/** An option of a form's list: an id or code and its label. */
public record Choice(String value, String label) implements Serializable {}
