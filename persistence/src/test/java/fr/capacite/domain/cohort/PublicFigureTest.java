package fr.capacite.domain.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A public result is shown only when at least five learners stand behind it. */
class PublicFigureTest {

  private static final LocalDate FROM = LocalDate.of(2025, 12, 8);
  private static final LocalDate TO = LocalDate.of(2026, 12, 7);

  @Test
  void fiveLearnersOrMoreShowTheValueFewerWithholdIt() {
    PublicFigure four = PublicFigure.of(75.0, 4, FROM, TO);
    assertFalse(four.shown());
    assertNull(four.value());
    assertEquals(
        4, four.learners(), "the count stays known to the page, which says 'fewer than 5'");
    PublicFigure five = PublicFigure.of(80.0, 5, FROM, TO);
    assertTrue(five.shown());
    assertEquals(80.0, five.value());
    assertEquals(FROM, five.from());
    assertFalse(PublicFigure.of(null, 12, FROM, TO).shown(), "no value: nothing to show");
  }
}
