package fr.capacite.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

  @Test
  void accentsCaseAndApostrophesAsideEndsTrimmed() {
    assertEquals("demarche d'acces", FrenchText.plain("  Démarche d’accès "));
    assertEquals("ecole, sante", FrenchText.plain("ÉCOLE, SANTÉ"));
    assertEquals("", FrenchText.plain(null));
    assertEquals("lieu de mediation", FrenchText.plain("Lieu de médiation"));
  }
}
