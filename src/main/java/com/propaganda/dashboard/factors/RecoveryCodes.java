package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.platform.Sha256;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * Ten one-time codes that sign in when the authenticator is lost: 50 random bits each, shown once
 * and kept only as SHA-256 hashes (random codes need no slow hash: nothing short can be guessed).
 */
public final class RecoveryCodes {

  static final int COUNT = 10;
  private static final int CODE_BYTES = 8;
  private static final int CODE_CHARS = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** New codes written as {@code abcde-fghij}, for the person to keep. */
  public static List<String> newCodes() {
    List<String> codes = new ArrayList<>();
    Base32 base32 = new Base32();
    for (int i = 0; i < COUNT; i++) {
      byte[] random = new byte[CODE_BYTES];
      RANDOM.nextBytes(random);
      String code = base32.encodeToString(random).substring(0, CODE_CHARS).toLowerCase(Locale.ROOT);
      codes.add(code.substring(0, CODE_CHARS / 2) + "-" + code.substring(CODE_CHARS / 2));
    }
    return codes;
  }

  /** The hash kept of a code, however it was typed (case, spaces, dashes); null for no code. */
  public static String hash(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    if (code.length() != CODE_CHARS) {
      return null;
    }
    return Sha256.hex(code);
  }
}
