package fr.capacite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorTest {

  @Test
  void addressesAreAsciiWithLigaturesSpeltOutAndNumbered() {
    assertEquals(
        "mettre-en-oeuvre-un-atelier-sur-l-e-mail-12",
        Generator.slug("Mettre en œuvre un atelier sur l'e-mail", 12));
    assertEquals("securiser-les-mots-de-passe-3", Generator.slug("Sécuriser les mots de passe", 3));
    assertTrue(Generator.slug("a".repeat(300), 100_000).length() <= 120);
  }

  @Test
  void theSmallSetHasTheShapesOfTheLargeOneAtAHundredth() {
    Generator.Size s = Generator.Size.S;
    Generator.Size xs = Generator.Size.XS;
    assertEquals(s.organisations / 100, xs.organisations);
    assertEquals(s.learners / 100, xs.learners);
    assertEquals(s.examSessions / 100, xs.examSessions);
    assertEquals(s.resources / 100, xs.resources);
    // S: 2,000 cohorts, 100,000 sessions, 40,000 candidates, 1,000,000 revisions on average.
    assertEquals(2_000, s.cohorts());
    assertEquals(100_000, s.cohorts() * Generator.SESSIONS_PER_COHORT);
    assertEquals(40_000, s.examSessions * Generator.CANDIDATES_PER_EXAM);
    assertEquals(1_000_000, s.resources * Generator.AVERAGE_REVISIONS);
  }
}
