package fr.capacite.application.path;

import fr.capacite.domain.path.ModuleKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What an administrator enters for a catalogue module. */
public record ModuleForm(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 2000) String description,
    @NotNull ModuleKind kind,
    @Min(1) @Max(2000) int hours,
    Long blockId,
    Set<Long> prerequisiteBlockIds,
    Set<Long> competenceIds,
    Set<String> pixCodes,
    boolean active)
    implements Serializable {

  public ModuleForm {
    prerequisiteBlockIds =
        prerequisiteBlockIds == null ? Set.of() : Set.copyOf(prerequisiteBlockIds);
    competenceIds = competenceIds == null ? Set.of() : Set.copyOf(competenceIds);
    pixCodes = pixCodes == null ? Set.of() : Set.copyOf(pixCodes);
  }
}
