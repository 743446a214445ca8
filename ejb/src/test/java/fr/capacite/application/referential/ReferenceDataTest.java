package fr.capacite.application.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference-data file holds the three versions and only what the domain brief states. */
class ReferenceDataTest {

  private final ReferenceData data = ReferenceDataLoader.read();

  private ReferenceData.VersionData version(String code) {
    return data.certifications().stream()
        .flatMap(c -> c.versions().stream())
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void threeVersionsChainedOldestFirst() {
    var versions = data.certifications().get(0).versions();
    assertEquals(
        List.of("CMN-2015", "REMN-2019", "MN-2025"),
        versions.stream().map(ReferenceData.VersionData::code).toList());
    assertEquals("CMN-2015", version("REMN-2019").predecessor());
    assertEquals("REMN-2019", version("MN-2025").predecessor());
  }

  @Test
  void unknownFactsStayEmpty() {
    assertNull(version("REMN-2019").rncpCode(), "possibly RNCP34033, not confirmed");
    assertNull(version("MN-2025").validUntil());
    assertTrue(version("CMN-2015").blocks().isEmpty());
    var remn = version("REMN-2019").blocks();
    assertEquals(4, remn.get(0).competences().size());
    assertTrue(remn.get(1).competences().isEmpty());
    assertTrue(remn.get(2).competences().isEmpty());
    var mn = version("MN-2025").blocks();
    assertEquals(
        List.of("CCP1", "CCP2", "CCP3"), mn.stream().map(ReferenceData.BlockData::code).toList());
    assertTrue(mn.stream().allMatch(b -> b.title() == null), "MN block titles are not known here");
    assertEquals(5, mn.get(0).competences().size());
    assertTrue(mn.get(1).competences().isEmpty());
    assertTrue(mn.get(2).competences().isEmpty());
  }

  @Test
  void pixHasSixteenCompetencesInFiveDomains() {
    assertEquals(5, data.pixDomains().size());
    assertEquals(16, data.pixDomains().stream().mapToInt(d -> d.competences().size()).sum());
    assertEquals(
        List.of("1.1", "1.2", "1.3"),
        data.pixDomains().get(0).competences().stream()
            .map(ReferenceData.PixCompetenceData::code)
            .toList());
  }
}
