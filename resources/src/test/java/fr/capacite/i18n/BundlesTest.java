package fr.capacite.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** English is complete: every French key has an English text, and every pattern is valid. */
class BundlesTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fr/capacite/i18n/Messages",
        "fr/capacite/i18n/FacesMessages",
        "ValidationMessages"
      })
  void frenchAndEnglishHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
    Properties fr = load(bundle + ".properties");
    Properties en = load(bundle + "_en.properties");
    assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    for (Properties p : new Properties[] {fr, en}) {
      for (String key : p.stringPropertyNames()) {
        assertFalse(p.getProperty(key).isBlank(), key);
        // Every text must survive MessageFormat (used whenever arguments are passed).
        new MessageFormat(p.getProperty(key));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"fr/capacite/i18n/Messages.properties", "fr/capacite/i18n/Messages_en.properties"})
  void noStraightApostropheInPatternsWithArguments(String resource) throws IOException {
    Properties p = load(resource);
    for (String key : p.stringPropertyNames()) {
      String text = p.getProperty(key);
      if (text.contains("{0}")) {
        assertFalse(
            text.contains("'"), key + ": MessageFormat would drop a straight apostrophe, use ’");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fr.capacite.i18n.Messages",
        "fr.capacite.i18n.FacesMessages",
        "ValidationMessages"
      })
  void frenchNeverFallsBackToTheJvmDefaultLocale(String bundle) {
    // ResourceBundle tries the JVM's default locale before the base bundle: an explicit _fr stops
    // it.
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals(Locale.FRENCH, ResourceBundle.getBundle(bundle, Locale.FRENCH).getLocale());
    } finally {
      Locale.setDefault(previous);
    }
  }
}
