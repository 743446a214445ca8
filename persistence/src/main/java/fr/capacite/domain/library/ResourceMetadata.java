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
