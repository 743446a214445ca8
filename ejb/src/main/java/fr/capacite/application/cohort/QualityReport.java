package fr.capacite.application.cohort;

import fr.capacite.domain.cohort.QualityTally.Figures;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The quality dashboard of an organisation (rows = its cohorts) or of all organisations (rows =
 * organisations), over a period, with the yearly BPF figures, and when they were computed (the
 * comparison of all organisations is kept a few minutes, see {@link CrossQualityReports}).
 */
public record QualityReport(
    LocalDate from,
    LocalDate to,
    Figures total,
    List<Figures> rows,
    List<BpfYear> bpf,
    List<BlockSuccess> success,
    Instant computedAt)
    implements Serializable {

  /**
   * Success on one block (Qualiopi indicator 3): of the learners of the period's cohorts who sat it
   * in a published session, how many acquired it (decisions in force).
   */
  public record BlockSuccess(String versionCode, String blockCode, long sat, long acquired)
      implements Serializable {

    public Double rate() {
      return sat == 0 ? null : acquired * 100.0 / sat;
    }
  }

  /**
   * BPF (bilan pédagogique et financier) figures of a calendar year: distinct trainees, trainee-
   * hours and trainer hours delivered.
   */
  public record BpfYear(int year, long trainees, double traineeHours, double trainerHours)
      implements Serializable {}
}
