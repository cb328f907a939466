package com.propaganda.dashboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SSRF guard at the edges of IANA's special-purpose blocks, without a network. */
class OutboundAddressTest {

  @Test
  void everySpecialPurposeBlockIsRefusedAtItsEdges() throws UnknownHostException {
    for (String special :
        new String[] {
          "0.0.0.0",
          "10.255.255.255",
          "100.64.0.0",
          "100.127.255.255",
          "127.0.0.2",
          "169.254.169.254",
          "172.31.255.255",
          "192.0.0.8",
          "192.0.2.1",
          "192.88.99.1",
          "192.168.1.1",
          "198.18.0.0",
          "198.19.255.255",
          "203.0.113.9",
          "224.0.0.1",
          "255.255.255.255",
          "::",
          "::1",
          "::a00:1",
          "::ffff:10.0.0.1",
          "64:ff9b::a9fe:a9fe",
          "2001::1",
          "2001:0:4136:e378:8000:63bf:3fff:fdd2",
          "2001:db8::1",
          "2002:a00:1::1",
          "fc00::1",
          "fd12:3456::1",
          "fe80::1",
          "ff02::1"
        }) {
      assertTrue(SpecialPurposeAddresses.contains(InetAddress.getByName(special)), special);
    }
  }

  @Test
  void publicAddressesNextToTheBlocksPass() throws UnknownHostException {
    for (String open :
        new String[] {
          "1.1.1.1",
          "11.0.0.0",
          "100.63.255.255",
          "100.128.0.0",
          "172.32.0.0",
          "192.0.1.255",
          "192.169.0.0",
          "198.17.255.255",
          "198.20.0.0",
          "223.255.255.255",
          "2606:4700::1111",
          "2001:4860:4860::8888",
          "64:ff9b:2::1"
        }) {
      assertFalse(SpecialPurposeAddresses.contains(InetAddress.getByName(open)), open);
    }
  }

  @Test
  void internalAddressesAndUnknownNamesGetOneMessage() {
    Optional<String> refused = Optional.of(OutboundAddress.NOT_PUBLIC);
    assertEquals(refused, OutboundAddress.refusal("http://100.64.0.1/hooks"));
    assertEquals(refused, OutboundAddress.refusal("https://[64:ff9b::a00:1]/hooks"));
    assertEquals(refused, OutboundAddress.refusal("https://no-such-host.invalid/hooks"));
    assertEquals(refused, OutboundAddress.refusal("http://0x7f000002/hooks"));
  }

  @Test
  void theUrlsShapeIsCheckedBeforeAnyLookup() {
    assertEquals(
        Optional.of("Only http and https URLs with a host"),
        OutboundAddress.refusal("ftp://example.com/x"));
    assertEquals(
        Optional.of("No user or password in the URL: the secret signs each delivery"),
        OutboundAddress.refusal("https://user:pw@example.com/x"));
  }
}
