package fr.capacite.domain.cohort;

/** When the standard questionnaire is sent: at the end of the cohort, then three months later. */
public enum SurveyWave {
  /** À chaud: from the cohort's last day. */
  HOT(0),
  /** À froid: three months after the cohort's last day. */
  COLD(3);

  private final int monthsAfterEnd;

  SurveyWave(int monthsAfterEnd) {
    this.monthsAfterEnd = monthsAfterEnd;
  }

  /** The day this wave goes out for a cohort ending on {@code end}. */
  public java.time.LocalDate dueOn(java.time.LocalDate end) {
    return end.plusMonths(monthsAfterEnd);
  }
}
