package fr.capacite.application.referential;

import java.io.Serializable;
import java.nio.file.Path;

/** An uploaded file waiting to be imported: its original name (for messages) and where it is. */
public record ImportFile(String name, Path path) implements Serializable {}
