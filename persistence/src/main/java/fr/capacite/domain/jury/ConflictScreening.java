package fr.capacite.domain.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R3 conflict of interest: a juror may not assess a candidate they trained, whose training
 * organisation or employer they work for, or with whom they declared a link. Each exclusion says
 * why.
 */
public final class ConflictScreening {

  private ConflictScreening() {}

  /** What the screening knows of a juror. */
  public record Juror(
      long userId,
      Set<Long> trainerOfCohorts,
      Set<Long> memberOfOrganisations,
      String employer,
      Set<Long> declaredLinks) {}

  /** What the screening knows of a candidate. */
  public record Candidate(
      long userId, Set<Long> cohorts, Set<Long> trainingOrganisations, String employer) {}

  public static List<Finding> exclusions(Juror j, Candidate c) {
    List<Finding> f = new ArrayList<>();
    if (j.userId() == c.userId()) {
      f.add(Finding.blocking("jury.conflict.self"));
    }
    if (c.cohorts().stream().anyMatch(j.trainerOfCohorts()::contains)) {
      f.add(Finding.blocking("jury.conflict.trained"));
    }
    if (c.trainingOrganisations().stream().anyMatch(j.memberOfOrganisations()::contains)) {
      f.add(Finding.blocking("jury.conflict.sameOrganisation"));
    }
    if (same(j.employer(), c.employer())) {
      f.add(Finding.blocking("jury.conflict.sameEmployer", c.employer().strip()));
    }
    if (j.declaredLinks().contains(c.userId())) {
      f.add(Finding.blocking("jury.conflict.declared"));
    }
    return f;
  }

  /**
   * Employers compare without case, accents or extra spaces ("Mairie de Lyon" = "mairie de lyon").
   */
  static boolean same(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
