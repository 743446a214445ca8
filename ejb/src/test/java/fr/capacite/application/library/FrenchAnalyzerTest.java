package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The French analysis cases the library promises: stemming, accent folding, elision. */
class FrenchAnalyzerTest {

  private static List<String> terms(String text) throws IOException {
    return terms(new FrenchAnalyzer(), text);
  }

  private static List<String> terms(FrenchAnalyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (FrenchAnalyzer a = analyzer;
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

  @Test
  void hyphenatedWordsAreIndexedAsTheirPartsAndJoined() throws IOException {
    List<String> indexed = terms(new FrenchAnalyzer(true), "Écrire un e-mail à Saint-Denis");
    assertTrue(indexed.containsAll(terms("email")), indexed.toString());
    assertTrue(indexed.containsAll(terms("mail")), indexed.toString());
    assertTrue(indexed.containsAll(terms("saint denis saintdenis")), indexed.toString());
    assertFalse(indexed.stream().anyMatch(t -> t.indexOf('\u00AD') >= 0), indexed.toString());
    // Words without a hyphen, numbers included, are untouched.
    assertEquals(List.of("version", "3.1", "2026"), terms("version 3.1 2026"));
  }

  @Test
  void emailAndEMailFindEachOther() throws Exception {
    try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var w =
            new org.apache.lucene.index.IndexWriter(
                dir, new org.apache.lucene.index.IndexWriterConfig(new FrenchAnalyzer(true)))) {
      for (String text : List.of("Envoyer un e-mail", "Lire ses emails", "Un courrier postal")) {
        var d = new org.apache.lucene.document.Document();
        d.add(
            new org.apache.lucene.document.TextField(
                "content", text, org.apache.lucene.document.Field.Store.YES));
        w.addDocument(d);
      }
      w.commit();
      try (var r = org.apache.lucene.index.DirectoryReader.open(dir)) {
        var searcher = new org.apache.lucene.search.IndexSearcher(r);
        for (String query : List.of("email", "e-mail", "e‑mails", "E-Mail")) {
          var q =
              new org.apache.lucene.queryparser.simple.SimpleQueryParser(
                      new FrenchAnalyzer(), "content")
                  .parse(query);
          assertEquals(2, searcher.count(q), query + " → " + q);
        }
      }
    }
  }
}
