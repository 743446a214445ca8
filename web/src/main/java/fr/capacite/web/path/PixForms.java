package fr.capacite.web.path;

import jakarta.servlet.http.Part;

/** The name of an uploaded file without any client path (shown back to the user, escaped). */
final class PixForms {

  private PixForms() {}

  static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    if (name == null || name.isBlank()) {
      return "pix.csv";
    }
    String base = name.replace('\\', '/');
    return base.substring(base.lastIndexOf('/') + 1);
  }
}
