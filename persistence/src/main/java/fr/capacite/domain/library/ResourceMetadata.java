package fr.capacite.domain.library;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** What describes a resource, beside its blocks; each revision carries its own copy. */
public record ResourceMetadata(
    String title,
    String summary,
    Set<Theme> themes,
    ResourceType type,
    Set<Audience> audiences,
    Set<ResourceFormat> formats,
    Integer durationMinutes,
    ResourceLevel level,
    Licence licence)
    implements Serializable {

  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 2000;

  public ResourceMetadata {
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    formats = formats == null ? Set.of() : Set.copyOf(formats);
    licence = licence == null ? Licence.DEFAULT : licence;
  }

  /**
   * Everything missing or wrong, each as a message key naming its field, in the form's order (an
   * editor corrects them all at once).
   */
  public java.util.List<String> problems() {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
      out.add("library.resource.title");
    }
    if (summary == null || summary.isBlank() || summary.length() > SUMMARY_MAX) {
      out.add("library.resource.summary");
    }
    if (themes.isEmpty()) {
      out.add("library.resource.themes");
    }
    if (type == null) {
      out.add("library.resource.type");
    }
    if (audiences.isEmpty()) {
      out.add("library.resource.audiences");
    }
    if (formats.isEmpty()) {
      out.add("library.resource.formats");
    }
    if (level == null) {
      out.add("library.resource.level");
    }
    if (durationMinutes != null && (durationMinutes < 5 || durationMinutes > 6000)) {
      out.add("library.resource.duration");
    }
    return out;
  }

  /** What is missing or wrong, as a message key, if anything. */
  public Optional<String> problem() {
    if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
      return Optional.of("library.resource.title");
    }
    if (summary == null || summary.isBlank() || summary.length() > SUMMARY_MAX) {
      return Optional.of("library.resource.summary");
    }
    if (themes.isEmpty()
        || type == null
        || audiences.isEmpty()
        || formats.isEmpty()
        || level == null) {
      return Optional.of("library.resource.facets");
    }
    if (durationMinutes != null && (durationMinutes < 5 || durationMinutes > 6000)) {
      return Optional.of("library.resource.duration");
    }
    return Optional.empty();
  }
}
