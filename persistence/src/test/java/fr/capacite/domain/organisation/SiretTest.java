package fr.capacite.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiretTest {

  @Test
  void luhnValidFourteenDigitsAreAccepted() {
    assertTrue(Siret.isValid("82314567800012"));
    assertTrue(Siret.isValid("732 829 320 00074")); // spaces as typed
    assertEquals("73282932000074", Siret.normalise("732 829 320 00074"));
  }

  @Test
  void aWrongCheckDigitIsRefused() {
    assertFalse(Siret.isValid("82314567800013"));
    assertFalse(Siret.isValid("73282932000075"));
  }

  @Test
  void wrongLengthOrLettersAreRefused() {
    assertFalse(Siret.isValid("8231456780001"));
    assertFalse(Siret.isValid("823145678000121"));
    assertFalse(Siret.isValid("8231456780001A"));
    assertFalse(Siret.isValid(""));
    assertFalse(Siret.isValid(null));
  }

  @Test
  void laPosteEstablishmentsUseTheSumOfDigits() {
    // 3+5+6 + 1+5 = 20, a multiple of 5 (Luhn would refuse it); 21 is not
    assertTrue(Siret.isValid("35600000000015"));
    assertFalse(Siret.isValid("35600000000016"));
  }
}
