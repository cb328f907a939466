package com.propaganda.dashboard.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3");

  @Test
  void withoutATrustedProxyTheConnectionsAddressCounts() {
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", PROXIES));
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", null, Set.of()));
  }

  @Test
  void behindTrustedProxiesTheLastUntrustedHopCounts() {
    assertEquals(
        "203.0.113.9", ClientAddress.of("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", PROXIES));
    assertEquals("2001:db8::1", ClientAddress.of("10.0.0.2", "2001:db8::1", PROXIES));
  }

  @Test
  void aForgedHeaderThatIsNoAddressIsIgnored() {
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "<script>, 203.0.113.9x", PROXIES));
    assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "10.0.0.3", PROXIES));
  }
}
