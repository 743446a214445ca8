package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The French analysis cases the library promises: stemming, accent folding, elision. */
class FrenchAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (FrenchAnalyzer a = new FrenchAnalyzer();
        TokenStream ts = a.tokenStream("content", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void accentsAndPluralsMeetTheSameTerms() throws IOException {
    assertEquals(terms("demarche administrative"), terms("démarches administratives"));
  }

  @Test
  void elisionIsRemoved() throws IOException {
    assertEquals(terms("ordinateurs"), terms("l'ordinateur"));
    assertEquals(terms("ordinateur"), terms("d’ordinateur"));
  }

  @Test
  void stopWordsAreDropped() throws IOException {
    assertEquals(terms("accompagner démarches"), terms("accompagner les démarches"));
  }
}
