package fr.capacite.application.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationReportTest {

  private static CalibrationReport.Proposal p(
      long session, int year, long candidate, long juror, String name, boolean acquired) {
    return new CalibrationReport.Proposal(
        session, "S" + session, LocalDate.of(year, 6, 1), candidate, 1, juror, name, acquired);
  }

  @Test
  void pairsAreFormedOnSharedCandidateBlocksPerPairPerYearAndPerSession() {
    List<CalibrationReport.Proposal> ps = new ArrayList<>();
    // Session 1 (2025): Jules and Nadia agree twice, disagree once; Paul scores one candidate.
    ps.add(p(1, 2025, 10, 1, "Jules", true));
    ps.add(p(1, 2025, 10, 2, "Nadia", true));
    ps.add(p(1, 2025, 11, 1, "Jules", false));
    ps.add(p(1, 2025, 11, 2, "Nadia", false));
    ps.add(p(1, 2025, 12, 1, "Jules", true));
    ps.add(p(1, 2025, 12, 2, "Nadia", false));
    ps.add(p(1, 2025, 12, 3, "Paul", true));
    // Session 2 (2026): they agree once.
    ps.add(p(2, 2026, 20, 1, "Jules", true));
    ps.add(p(2, 2026, 20, 2, "Nadia", true));
    CalibrationReport r = CalibrationReport.of(ps);
    CalibrationReport.PairAgreement jn =
        r.pairs().stream()
            .filter(a -> a.firstJuror().equals("Jules") && a.secondJuror().equals("Nadia"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, jn.shared());
    // 4 pairs: 3 agree → po = .75; Jules yes 3/4, Nadia yes 2/4 → pe = .375 + .125 = .5; κ = .5
    assertEquals(0.5, jn.kappa(), 1e-9);
    assertEquals(2, jn.byYear().size());
    assertNull(jn.byYear().get(2026), "one agreement on one answer says nothing");
    assertEquals(
        1,
        r.pairs().stream()
            .filter(a -> a.secondJuror().equals("Paul"))
            .findFirst()
            .orElseThrow()
            .shared());
    assertEquals(2, r.sessions().size());
    assertEquals(2L, r.sessions().get(0).sessionId(), "most recent first");
  }
}
