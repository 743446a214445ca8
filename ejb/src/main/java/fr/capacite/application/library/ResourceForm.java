package fr.capacite.application.library;

import fr.capacite.domain.library.Audience;
import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.Licence;
import fr.capacite.domain.library.ResourceFormat;
import fr.capacite.domain.library.ResourceLevel;
import fr.capacite.domain.library.ResourceMetadata;
import fr.capacite.domain.library.ResourceType;
import fr.capacite.domain.library.Theme;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** What an editor sends: the description, the blocks in order, the competences, and why. */
public record ResourceForm(
    String title,
    String summary,
    Set<Theme> themes,
    ResourceType type,
    Set<Audience> audiences,
    Set<ResourceFormat> formats,
    Integer durationMinutes,
    ResourceLevel level,
    Licence licence,
    List<BlockContent> blocks,
    Set<Long> competenceIds,
    Set<String> pixCodes,
    String changeSummary)
    implements Serializable {

  public ResourceForm {
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    competenceIds = competenceIds == null ? Set.of() : Set.copyOf(competenceIds);
    pixCodes = pixCodes == null ? Set.of() : Set.copyOf(pixCodes);
  }

  public ResourceMetadata metadata() {
    return new ResourceMetadata(
        title, summary, themes, type, audiences, formats, durationMinutes, level, licence);
  }
}
