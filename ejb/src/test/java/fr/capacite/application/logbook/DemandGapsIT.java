package fr.capacite.application.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.capacite.domain.logbook.LogTheme;
import fr.capacite.testing.Deployments;
import fr.capacite.testing.PathTestData;
import jakarta.ejb.EJB;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gap list against the database and the library's index: a demand a catalogue module speaks of
 * is answered by it (by whole words of its title), one nothing speaks of is a gap; the national
 * list ranks only demands whose counts are shown.
 */
@ExtendWith(ArquillianExtension.class)
class DemandGapsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services();
  }

  @EJB private DemandGaps gaps;
  @EJB private PathTestData path;

  @Test
  void aDemandIsAnsweredByTheModulesThatSpeakOfIt() {
    String code = path.thematicModule("Accompagner vers l’aide juridictionnelle et la justice");
    var found =
        gaps.gapsFor(List.of(LogTheme.JUSTICE, LogTheme.LEISURE), Map.of(LogTheme.JUSTICE, 12L));
    DemandGaps.Gap justice = found.get(0);
    assertEquals(LogTheme.JUSTICE, justice.theme());
    assertEquals(12L, justice.entries());
    assertTrue(
        justice.modules().stream().anyMatch(m -> m.key().equals(code)),
        "the module speaks of justice: " + justice.modules());
    assertTrue(justice.resources().size() <= DemandGaps.NAMED);
    assertTrue(justice.labelledResources() >= justice.resources().size());
    DemandGaps.Gap leisure = found.get(1);
    assertTrue(leisure.modules().isEmpty(), "no module speaks of leisure");
    assertTrue(leisure.gap());

    var national = gaps.national();
    assertTrue(national.gaps().size() <= DemandGaps.TOP);
    assertTrue(national.gaps().stream().allMatch(g -> g.entries() != null && g.entries() >= 5));
    assertFalse(national.computedAt() == null);
  }
}
