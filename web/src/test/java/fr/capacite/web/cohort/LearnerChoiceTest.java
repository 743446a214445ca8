package fr.capacite.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A chosen suggestion enrols the account it names; a typed user name still works. */
class LearnerChoiceTest {

  @Test
  void theUserNameIsReadFromTheSuggestionOrTakenAsTyped() {
    assertEquals(
        "mediatrice",
        CohortEditBacking.usernameOf("Maya Médiatrice <maya@example.org> (mediatrice)"));
    assertEquals("mediatrice", CohortEditBacking.usernameOf("  mediatrice "));
    assertEquals(
        "ana.b", CohortEditBacking.usernameOf("Ana (la grande) B. <ana@example.org> (ana.b)"));
    assertNull(CohortEditBacking.usernameOf(null));
  }
}
