package fr.capacite.domain.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemandWordsTest {

  @Test
  void everyThemeHasItsWords() {
    assertTrue(
        Arrays.stream(LogTheme.values()).noneMatch(t -> DemandWords.of(t).isEmpty()),
        "a demand without words could never be answered");
  }

  @Test
  void aModuleSpeaksOfAThemeByWholeWordsAccentsAndCaseAside() {
    assertTrue(
        DemandWords.speaksOf(
            LogTheme.SECURITY, "Cybersécurité au quotidien — Mots de passe, hameçonnage"));
    assertTrue(DemandWords.speaksOf(LogTheme.SECURITY, "CYBERSECURITE"), "without accents");
    assertTrue(
        DemandWords.speaksOf(LogTheme.AI, "Intelligence artificielle : comprendre et accompagner"));
    assertTrue(DemandWords.speaksOf(LogTheme.AI, "Les IA génératives"));
    assertFalse(
        DemandWords.speaksOf(LogTheme.AI, "Posture et cadre de la médiation"),
        "\"ia\" is not a word of \"médiation\"");
    assertTrue(
        DemandWords.speaksOf(
            LogTheme.PROCEDURES, "Accompagner une démarche administrative en ligne"));
    assertTrue(DemandWords.speaksOf(LogTheme.PAPERS, "Refaire sa carte d’identité"));
    assertFalse(DemandWords.speaksOf(LogTheme.EMAIL, null));
  }

  @Test
  void theLibrarysQueryJoinsTheWordsWithPhrasesQuoted() {
    assertEquals(
        "sécurité | cybersécurité | hameçonnage | arnaques | \"mot de passe\"",
        DemandWords.query(LogTheme.SECURITY));
    assertEquals(
        "messagerie | courriel | courriels | \"e-mail\"", DemandWords.query(LogTheme.EMAIL));
  }
}
