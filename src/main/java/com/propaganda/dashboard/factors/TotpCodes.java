package com.propaganda.dashboard.factors;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: six digits,
 * HMAC-SHA1, 30-second steps, a 160-bit secret written in Base32. java-otp computes the codes.
 */
public final class TotpCodes {

  static final Duration STEP = Duration.ofSeconds(30);

  /** A phone's clock a step ahead or behind still signs in; any wider window helps a guesser. */
  private static final int DRIFT_STEPS = 1;

  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeBasedOneTimePasswordGenerator CODES =
      new TimeBasedOneTimePasswordGenerator(STEP);

  private TotpCodes() {}

  /** A new secret in Base32, as an authenticator app is given it. */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return new Base32().encodeToString(secret).replace("=", "");
  }

  /**
   * The time step a code belongs to: now, or one step before or after; empty when the code is wrong
   * or its step is not later than {@code lastUsedStep} (a code is good once).
   */
  public static OptionalLong stepOf(String secret, String code, Instant now, long lastUsedStep) {
    String digits = digitsOf(code);
    if (digits == null) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step > lastUsedStep && codeAt(secret, step).equals(digits)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  static String codeAt(String secret, long step) {
    try {
      return CODES.generateOneTimePasswordString(
          key(secret), Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
    } catch (InvalidKeyException impossible) {
      throw new IllegalStateException("An HMAC key of any length is valid", impossible);
    }
  }

  static long step(Instant instant) {
    return instant.getEpochSecond() / STEP.toSeconds();
  }

  /**
   * The {@code otpauth://} address an authenticator app reads from the QR code: the product as the
   * issuer, the account as the label.
   */
  public static String uri(String issuer, String account, String secret) {
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(account)
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits=6&period="
        + STEP.toSeconds();
  }

  /** Six digits, allowing the spaces and dashes apps show between groups; else null. */
  private static String digitsOf(String code) {
    if (code == null || code.length() > 20) {
      return null;
    }
    String digits = code.replaceAll("[\\s-]", "");
    return digits.matches("[0-9]{6}") ? digits : null;
  }

  private static Key key(String secret) {
    return new SecretKeySpec(
        new Base32().decode(secret.toUpperCase(Locale.ROOT)), CODES.getAlgorithm());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
