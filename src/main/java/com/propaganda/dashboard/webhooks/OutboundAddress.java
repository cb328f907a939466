package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.platform.Settings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where a webhook may go: http or https only, to a host whose every address is public (none in
 * {@link SpecialPurposeAddresses}) unless the host is listed in WEBHOOK_ALLOWED_HOSTS. Checked when
 * the endpoint is registered, and by the sender's own resolver when it connects, which connects to
 * the addresses it checked: a name cannot resolve to a public address for the check and to an
 * internal one for the connection. Any failure of the name gives one message, so nobody learns from
 * the answers which internal names exist.
 */
final class OutboundAddress {

  static final String NOT_PUBLIC =
      "This host cannot receive webhooks: it must resolve to public internet addresses";

  /** A lookup slower than this is given up: a slow name server must not hold up deliveries. */
  static final Duration RESOLVE_WITHIN = Duration.ofSeconds(2);

  // Lookups of one round run side by side, each bounded in time; the JDK's own resolver cannot be
  // given a timeout. Daemon threads, so an undeployed application leaves none behind waiting.
  private static final ExecutorService LOOKUPS =
      Executors.newFixedThreadPool(
          8,
          task -> {
            Thread thread = new Thread(task, "webhook-dns");
            thread.setDaemon(true);
            return thread;
          });

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
    try {
      resolve(uri.getHost());
      return Optional.empty();
    } catch (UnknownHostException refused) {
      return Optional.of(NOT_PUBLIC);
    }
  }

  /**
   * The host's addresses, looked up once within {@link #RESOLVE_WITHIN}.
   *
   * @throws UnknownHostException with {@link #NOT_PUBLIC} when the name does not resolve in time or
   *     any of its addresses is special-purpose
   */
  static InetAddress[] resolve(String host) throws UnknownHostException {
    Set<String> allowed = Settings.webhookAllowedHosts();
    InetAddress[] addresses = lookUp(host);
    if (!allowed.contains(host)
        && Arrays.stream(addresses)
            .anyMatch(
                address ->
                    SpecialPurposeAddresses.contains(address)
                        && !allowed.contains(address.getHostAddress()))) {
      throw new UnknownHostException(NOT_PUBLIC);
    }
    return addresses;
  }

  private static InetAddress[] lookUp(String host) throws UnknownHostException {
    Future<InetAddress[]> lookup = LOOKUPS.submit(() -> InetAddress.getAllByName(host));
    try {
      return lookup.get(RESOLVE_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException failed) {
      lookup.cancel(true);
      throw new UnknownHostException(NOT_PUBLIC);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new UnknownHostException(NOT_PUBLIC);
    }
  }
}
