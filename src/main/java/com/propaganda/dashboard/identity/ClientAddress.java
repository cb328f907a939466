package com.propaganda.dashboard.identity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a request came from: the connection's peer, or, when that peer is a trusted proxy,
 * the last address in X-Forwarded-For that is not one of the trusted proxies. Anything that is not
 * an IP address is ignored, so a forged header cannot put text into the audit log.
 */
final class ClientAddress {

  private static final Pattern IP = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

  private ClientAddress() {}

  static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!IP.matcher(hop).matches()) {
        return peer;
      }
      if (!trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
