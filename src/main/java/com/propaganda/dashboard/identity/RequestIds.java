package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.platform.Settings;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A request's id: the one a trusted proxy gave it (HAProxy's unique id, so the proxy's log line and
 * the server's match), else a new one. An id from anyone else is not taken: it would let a caller
 * write what it likes into the audit log.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RequestIds() {}

  public static String of(String peer, String given) {
    if (given != null
        && WELL_FORMED.matcher(given).matches()
        && Settings.trustedProxies().contains(peer)) {
      return given;
    }
    byte[] id = new byte[12];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
