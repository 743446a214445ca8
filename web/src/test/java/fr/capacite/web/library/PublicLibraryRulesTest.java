package fr.capacite.web.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the public library pages: which page links a search offers, link previews. */
class PublicLibraryRulesTest {

  @Test
  void pageLinksOfferTheEndsAndTwoPagesAroundTheCurrentOneWithGapsBetween() {
    assertEquals(List.of(1), LibraryBacking.pageLinks(1, 1));
    assertEquals(List.of(1, 2, 3, 4), LibraryBacking.pageLinks(2, 4));
    assertEquals(List.of(1, 2, 3, 0, 50), LibraryBacking.pageLinks(1, 50));
    assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 50), LibraryBacking.pageLinks(10, 50));
    assertEquals(List.of(1, 0, 48, 49, 50), LibraryBacking.pageLinks(50, 50));
    assertEquals(List.of(1, 2, 3, 4, 5, 0, 9), LibraryBacking.pageLinks(3, 9));
    // No gap that would hide a single page: "1 … 3" becomes "1 2 3".
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), LibraryBacking.pageLinks(5, 9));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 0, 10), LibraryBacking.pageLinks(5, 10));
  }

  @Test
  void aDescriptionIsCutAtAWordWithAnEllipsisAndSpacesAreFolded() {
    assertEquals("Un atelier.", ResourceReading.shorten("  Un\n atelier. ", 300));
    String long1 = "mot ".repeat(100);
    String cut = ResourceReading.shorten(long1, 30);
    assertTrue(cut.length() <= 30, cut);
    assertTrue(cut.endsWith("mot…"), cut);
    // A single word longer than the limit is cut inside it.
    assertEquals("abcdefghi…", ResourceReading.shorten("abcdefghijklmnop", 10));
    assertEquals("", ResourceReading.shorten(null, 10));
  }
}
