package fr.capacite.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void behindTheTrustedBalancerTheClientIsTheAddressItAdded() {
    assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "203.0.113.7", "127.0.0.1"));
    // What the client claimed before reaching the balancer is not believed.
    assertEquals(
        "203.0.113.7", ClientAddress.of("127.0.0.1", "10.0.0.1, 203.0.113.7", "127.0.0.1,::1"));
  }

  @Test
  void withoutATrustedBalancerTheHeaderIsIgnored() {
    assertEquals("198.51.100.2", ClientAddress.of("198.51.100.2", "10.0.0.1", "127.0.0.1"));
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "10.0.0.1", ""));
    assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, "127.0.0.1"));
  }
}
