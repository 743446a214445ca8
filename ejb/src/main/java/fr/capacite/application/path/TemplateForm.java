package fr.capacite.application.path;

import fr.capacite.domain.path.PathKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What an administrator enters for a path template. */
public record TemplateForm(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*") String code,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 2000) String objective,
    @NotNull PathKind kind,
    String versionCode,
    @Min(0) @Max(10) int firstYearModules,
    @Min(0) @Max(10) int yearlyModules,
    List<StepForm> steps)
    implements Serializable {

  /** A module at a rank (1 first; modules sharing a rank are taken in any order). */
  public record StepForm(String moduleCode, int rank) implements Serializable {}

  public TemplateForm {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
