package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.platform.Settings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may go: http or https only, and never to an address of the server's own network
 * (loopback, private, link-local, unique-local, multicast or unspecified) unless its host is listed
 * in WEBHOOK_ALLOWED_HOSTS. Checked when the endpoint is registered and again before each delivery,
 * since a name may resolve elsewhere later.
 */
final class OutboundAddress {

  private OutboundAddress() {}

  /** Why the URL may not be called, or empty when it may. */
  static Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException notAUrl) {
      return Optional.of("Enter a URL like https://example.com/hooks");
    }
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
      return Optional.of("Only http and https URLs with a host");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("No user or password in the URL: the secret signs each delivery");
    }
    Set<String> allowed = Settings.webhookAllowedHosts();
    if (allowed.contains(uri.getHost())) {
      return Optional.empty();
    }
    try {
      InetAddress[] addresses = InetAddress.getAllByName(uri.getHost());
      return Arrays.stream(addresses)
              .anyMatch(
                  address -> isInternal(address) && !allowed.contains(address.getHostAddress()))
          ? Optional.of("This address is inside the server's network; webhooks go to the internet")
          : Optional.empty();
    } catch (UnknownHostException unknown) {
      return Optional.of("No such host: " + uri.getHost());
    }
  }

  private static boolean isInternal(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocal;
  }
}
