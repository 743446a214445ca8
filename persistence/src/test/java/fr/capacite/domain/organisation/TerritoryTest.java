package fr.capacite.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Departments and regions of the code officiel géographique, and a postal code's department. */
class TerritoryTest {

  @Test
  void theCodeOfficielGeographiqueHas101DepartmentsIn18Regions() {
    assertEquals(101, Territory.departments().size());
    assertEquals(18, Territory.regions().size());
    Set<String> used =
        Territory.departments().stream()
            .map(Territory.Department::region)
            .collect(Collectors.toSet());
    assertEquals(18, used.size(), "every region has departments");
    assertEquals("01", Territory.departments().get(0).code());
    assertEquals("976", Territory.departments().get(100).code());
    assertEquals("Auvergne-Rhône-Alpes", Territory.regions().get(0).name());
    assertTrue(
        Territory.regions().indexOf(Territory.region("11").orElseThrow())
            < Territory.regions().indexOf(Territory.region("04").orElseThrow()),
        "Île-de-France sorts among the I, before La Réunion");
  }

  @Test
  void aPostalCodeGivesItsDepartmentCorsicaAndOverseasIncluded() {
    assertEquals("69", Territory.departmentOf("69003").orElseThrow().code());
    assertEquals("84", Territory.departmentOf("69003").orElseThrow().region());
    assertEquals("01", Territory.departmentOf("01000").orElseThrow().code());
    assertEquals("2A", Territory.departmentOf("20000").orElseThrow().code());
    assertEquals("2A", Territory.departmentOf("20190").orElseThrow().code());
    assertEquals("2B", Territory.departmentOf("20200").orElseThrow().code());
    assertEquals("2B", Territory.departmentOf("20600").orElseThrow().code());
    assertEquals("974", Territory.departmentOf("97400").orElseThrow().code());
    assertEquals("04", Territory.departmentOf("97400").orElseThrow().region());
    assertEquals("976", Territory.departmentOf("97600").orElseThrow().code());
    assertTrue(Territory.departmentOf("98000").isEmpty(), "Monaco");
    assertTrue(Territory.departmentOf("97500").isEmpty(), "Saint-Pierre-et-Miquelon");
    assertTrue(Territory.departmentOf("6900").isEmpty());
    assertTrue(Territory.departmentOf(null).isEmpty());
    assertTrue(Territory.departmentOf("ABCDE").isEmpty());
  }
}
