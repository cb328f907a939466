package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A key's secret: {@code pd_} and 43 characters of 256 random bits, so a leaked one is easy to
 * recognise in logs and code; the first 11 characters name it on the page. Stored only as its
 * SHA-256: a random 256-bit secret needs no slow hash to resist guessing.
 */
public record ApiKeySecret(String value) {

  static final String MARK = "pd_";
  private static final int PREFIX_LENGTH = 11;
  private static final SecureRandom RANDOM = new SecureRandom();

  static ApiKeySecret generate() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return new ApiKeySecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
  }

  public String prefix() {
    return value.substring(0, PREFIX_LENGTH);
  }

  public String hash() {
    return Sha256.hex(value);
  }

  /** Whether a presented token could be a key at all, before any lookup. */
  public static boolean looksLikeKey(String token) {
    return token != null && token.startsWith(MARK) && token.length() == MARK.length() + 43;
  }
}
