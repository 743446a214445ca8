package fr.capacite.application.path;

import fr.capacite.domain.path.PathKind;
import java.io.Serializable;
import java.util.List;

/** A path template and its steps in rank order. */
public record TemplateView(
    String code,
    String title,
    String objective,
    PathKind kind,
    String certificationVersion,
    int firstYearModules,
    int yearlyModules,
    List<Step> steps,
    int totalHours,
    long entityVersion)
    implements Serializable {

  /** A module at a rank; modules sharing a rank may be taken in any order. */
  public record Step(int rank, String moduleCode, String moduleTitle, int hours)
      implements Serializable {}
}
