package fr.capacite.application.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.library.BlockContent;
import fr.capacite.domain.library.ResourceState;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo library is valid as the application would check it, and varied enough to show. */
class DemoResourcesTest {

  @Test
  void thirtyValidResourcesAcrossThemesAndStates() {
    DemoLibraryLoader.File f = DemoLibraryLoader.read();
    assertTrue(f.resources().size() >= 30, "at least 30 demo resources");
    Set<String> titles = new HashSet<>();
    Set<String> themes = new HashSet<>();
    int labelled = 0;
    int waiting = 0;
    for (DemoLibraryLoader.ResourceData d : f.resources()) {
      themes.addAll(d.themes());
      if (d.labelled() != null) {
        labelled++;
        assertTrue(d.labelled() >= 1 && d.labelled() <= d.revisions().size(), d.toString());
      } else {
        ResourceState s = ResourceState.valueOf(d.state());
        assertTrue(s != ResourceState.PUBLISHED, "a published demo resource names its revision");
        if (s == ResourceState.SUBMITTED || s == ResourceState.IN_REVIEW) {
          waiting++;
        }
      }
      for (DemoLibraryLoader.RevisionData rev : d.revisions()) {
        assertEquals(
            java.util.Optional.empty(), DemoLibraryLoader.metadata(d, rev).problem(), rev.title());
        for (BlockContent b : DemoLibraryLoader.blocks(rev.blocks())) {
          assertEquals(java.util.Optional.empty(), b.problem(), rev.title());
        }
      }
      assertTrue(titles.add(d.revisions().get(d.revisions().size() - 1).title()), "unique titles");
    }
    assertTrue(labelled >= 10, "labelled: " + labelled);
    assertTrue(waiting >= 5, "pending review: " + waiting);
    assertTrue(themes.size() >= 8, "themes: " + themes);
  }
}
