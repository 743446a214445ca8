package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiLocaleTest {

  @Test
  void withoutTheHeaderTheAnswerIsFrenchWhateverTheServerSpeaks() {
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage(null));
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage(" "));
  }

  @Test
  void theClientsFirstSupportedLanguageWins() {
    assertEquals(Locale.UK, ApiLocale.fromAcceptLanguage("en"));
    assertEquals(Locale.UK, ApiLocale.fromAcceptLanguage("de-DE, en-US;q=0.8, fr;q=0.5"));
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage("fr-CA,en;q=0.9"));
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage("en;q=0, fr;q=0.1"));
  }

  @Test
  void anUnsupportedOrMalformedHeaderFallsBackToFrench() {
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage("de, es;q=0.5"));
    assertEquals(Locale.FRENCH, ApiLocale.fromAcceptLanguage("en;q=abc"));
  }
}
