package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Searching the library in French, with facets and orders. */
class SearchIndexTest {

  private static SearchIndex.Doc doc(
      String slug, String title, String theme, boolean labelled, double quality, long changed) {
    return new SearchIndex.Doc(
        slug.hashCode(),
        slug,
        title,
        "Résumé de " + title,
        "Contenu pour accompagner les personnes.",
        Map.of("theme", Set.of(theme), "label", Set.of(labelled ? "verified" : "unverified")),
        quality,
        changed,
        labelled);
  }

  @Test
  void frenchWordsFindTheirVariantsAndFacetsCount() {
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      index.put(
          doc(
              "demarches",
              "Aider aux démarches administratives en ligne",
              "DEMARCHES",
              true,
              3.5,
              10));
      index.put(doc("ordi", "Premiers pas sur l'ordinateur", "OUTILS", false, 2.0, 20));
      index.put(doc("cyber", "Repérer un SMS frauduleux", "CYBER", true, 4.0, 30));
      index.commit();

      assertEquals(
          List.of("demarches"),
          index
              .search(
                  "demarche administrative", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false)
              .slugs());
      assertEquals(
          List.of("ordi"),
          index.search("ordinateurs", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false).slugs());

      var all = index.search("", Map.of(), SearchIndex.Order.QUALITY, 0, 10, false);
      assertEquals(List.of("cyber", "demarches", "ordi"), all.slugs());
      assertEquals(3, all.total());
      assertTrue(
          all.facets().get("label").contains(new SearchIndex.FacetCount("verified", 2)),
          all.facets().toString());

      var verified =
          index.search(
              "", Map.of("label", Set.of("verified")), SearchIndex.Order.DATE, 0, 10, false);
      assertEquals(List.of("cyber", "demarches"), verified.slugs());
      var page2 = index.search("", Map.of(), SearchIndex.Order.DATE, 1, 1, false);
      assertEquals(List.of("ordi"), page2.slugs());
      assertEquals(3, page2.total());

      index.put(doc("ordi", "Premiers pas sur la tablette", "OUTILS", false, 2.0, 40));
      index.remove("cyber");
      index.commit();
      assertEquals(
          List.of(),
          index.search("ordinateur", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false).slugs());
      assertEquals(
          2, index.search("", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false).total());
    }
  }

  @Test
  void hitsCarryWhatTheSummaryShowsAndCountsHoldAcrossOrdersAndPagesUntilTheNextCommit() {
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      for (int i = 0; i < 30; i++) {
        index.put(
            doc(
                "atelier-" + i,
                "Atelier numérique " + i,
                i % 3 == 0 ? "CYBER" : "OUTILS",
                i % 2 == 0,
                i,
                100 - i));
      }
      index.commit();
      var first = index.search("atelier", Map.of(), SearchIndex.Order.QUALITY, 0, 5, false);
      assertEquals(
          new SearchIndex.Hit(
              "atelier-29".hashCode(),
              "atelier-29",
              "Atelier numérique 29",
              "Résumé de Atelier numérique 29"),
          first.hits().get(0));
      // The same words and filters in another order and page: the same total and facets (kept),
      // the page of that order.
      var again = index.search(" atelier ", Map.of(), SearchIndex.Order.DATE, 10, 5, false);
      assertEquals(30, again.total());
      assertEquals(first.facets(), again.facets());
      assertEquals(
          List.of("atelier-10", "atelier-11", "atelier-12", "atelier-13", "atelier-14"),
          again.slugs());
      assertTrue(
          again.facets().get("theme").contains(new SearchIndex.FacetCount("CYBER", 10)),
          again.facets().toString());
      var cyber =
          index.search(
              "atelier", Map.of("theme", Set.of("CYBER")), SearchIndex.Order.DATE, 0, 50, false);
      assertEquals(10, cyber.total());
      assertEquals(10, cyber.hits().size());

      // A commit brings a new reader: the counts follow it.
      index.put(doc("atelier-30", "Atelier numérique 30", "CYBER", true, 30, 0));
      index.commit();
      var after = index.search("atelier", Map.of(), SearchIndex.Order.DATE, 10, 5, false);
      assertEquals(31, after.total());
      assertTrue(
          after.facets().get("theme").contains(new SearchIndex.FacetCount("CYBER", 11)),
          after.facets().toString());
      assertEquals(
          11,
          index
              .search(
                  "atelier", Map.of("theme", Set.of("CYBER")), SearchIndex.Order.DATE, 0, 50, false)
              .total());
    }
  }

  @Test
  void readersWithoutAnAccountFindThePublishedResourcesAloneWithTheirOwnCounts() {
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      // In these documents, the labelled ones are the published ones (see doc()).
      index.put(doc("publie", "Atelier arnaques publié", "CYBER", true, 3, 10));
      index.put(doc("soumis", "Atelier arnaques soumis", "CYBER", false, 4, 20));
      index.put(doc("autre", "Atelier démarches", "DEMARCHES", true, 1, 30));
      index.commit();
      var members = index.search("arnaques", Map.of(), SearchIndex.Order.QUALITY, 0, 10, false);
      assertEquals(List.of("soumis", "publie"), members.slugs());
      var anyone = index.search("arnaques", Map.of(), SearchIndex.Order.QUALITY, 0, 10, true);
      assertEquals(List.of("publie"), anyone.slugs());
      assertEquals(1, anyone.total());
      assertTrue(
          anyone.facets().get("theme").contains(new SearchIndex.FacetCount("CYBER", 1)),
          anyone.facets().toString());
      // Each audience keeps its own counts: asking again gives each its own.
      assertEquals(
          2, index.search("arnaques", Map.of(), SearchIndex.Order.DATE, 0, 10, false).total());
      assertEquals(
          1, index.search("arnaques", Map.of(), SearchIndex.Order.DATE, 0, 10, true).total());
      assertEquals(
          List.of("autre", "publie"),
          index.search("", Map.of(), SearchIndex.Order.DATE, 0, 10, true).slugs());
    }
  }

  @Test
  void anEmptyIndexAndOddQueriesAnswerWithoutError() {
    try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
      assertEquals(
          0, index.search("", Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false).total());
      index.put(doc("a", "Atelier", "CYBER", true, 1, 1));
      index.commit();
      for (String odd : List.of("\"", "(((", "*", "-", "OR AND", "l'", "<script>")) {
        index.search(odd, Map.of(), SearchIndex.Order.RELEVANCE, 0, 10, false);
      }
    }
  }

  @Test
  void aCommitRecordsWhatItReflectsAndAReopenedIndexReadsIt() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("index-test-");
    try (SearchIndex first = new SearchIndex(org.apache.lucene.store.FSDirectory.open(dir))) {
      assertTrue(first.committedData().isEmpty(), "a new index reflects nothing yet");
      first.commit(java.util.Map.of("analysis", FrenchAnalyzer.VERSION, "fingerprint", "3:12:7"));
    }
    try (SearchIndex reopened = new SearchIndex(org.apache.lucene.store.FSDirectory.open(dir))) {
      assertEquals("3:12:7", reopened.committedData().get("fingerprint"));
      assertEquals(FrenchAnalyzer.VERSION, reopened.committedData().get("analysis"));
    }
  }
}
