package fr.capacite.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OpenIdIdentityTest {

  private static OpenIdIdentity id(String email, Boolean verified) {
    return new OpenIdIdentity("https://idp.example", "sub-1", email, verified, "Ada", "Lovelace");
  }

  @Test
  void anAddressOpensAnAccountOnlyWhenTheProviderVerifiedIt() {
    assertEquals("ada@example.org", id(" Ada@Example.org ", true).trustedEmail(false));
    assertNull(id("ada@example.org", false).trustedEmail(false));
    assertNull(id("ada@example.org", null).trustedEmail(false), "no claim, no trust");
    assertEquals(
        "ada@example.org",
        id("ada@example.org", null).trustedEmail(true),
        "a provider that verifies every address (ProConnect)");
    assertNull(id("ada@example.org", false).trustedEmail(true), "a provider saying no is believed");
    assertNull(id(null, true).trustedEmail(true));
    assertNull(id("not-an-address", true).trustedEmail(true));
  }

  @Test
  void aNewAccountIsNamedFromTheClaimsOrTheAddress() {
    assertEquals("Ada Lovelace", id("ada@example.org", true).displayName());
    assertEquals(
        "ada.l", new OpenIdIdentity("i", "s", "ada.l@example.org", true, null, " ").displayName());
    assertEquals(
        User.DISPLAY_NAME_MAX,
        new OpenIdIdentity("i", "s", "a@b.c", true, "A".repeat(200), "B").displayName().length());
  }

  @Test
  void aLinkNeedsAnIssuerAndASubject() {
    User u = new User("ada", "ada@example.org", "Ada", "hash");
    Instant now = Instant.parse("2026-12-07T10:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> new OpenIdLink(" ", "s", u, now));
    assertThrows(IllegalArgumentException.class, () -> new OpenIdLink("i", null, u, now));
    assertThrows(
        IllegalArgumentException.class, () -> new OpenIdLink("i", "s".repeat(256), u, now));
    assertEquals(now, new OpenIdLink("i", "s", u, now).getLastUsedAt());
  }
}
