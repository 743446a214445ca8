package fr.capacite.application.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The status list encodes revoked positions as the W3C specification reads them. */
class StatusListsTest {

  @Test
  void revokedPositionsAreSetOthersAreNot() {
    String list = StatusLists.encode(0, List.of(0, 7, 94_567, 131_071));
    assertTrue(list.startsWith("u"));
    for (int set : List.of(0, 7, 94_567, 131_071)) {
      assertTrue(StatusLists.isSet(list, set), "position " + set);
    }
    for (int clear : List.of(1, 8, 94_566, 131_070)) {
      assertFalse(StatusLists.isSet(list, clear), "position " + clear);
    }
  }

  @Test
  void theSpecificationsEmptyListDecodes() {
    // An empty 16 KiB list, as the W3C example encodes it: no position set.
    String example = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";
    assertFalse(StatusLists.isSet(example, 0));
    assertFalse(StatusLists.isSet(example, 131_071));
    assertFalse(StatusLists.isSet(StatusLists.encode(0, List.of()), 42));
  }

  @Test
  void aPositionBelongsToOneList() {
    assertEquals(0, StatusLists.listOf(131_071));
    assertEquals(1, StatusLists.listOf(131_072));
    String second = StatusLists.encode(1, List.of(131_072 + 5, 3));
    assertTrue(StatusLists.isSet(second, 5));
    assertFalse(StatusLists.isSet(second, 3), "a position of another list is not in this one");
  }
}
