package com.propaganda.dashboard.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets the application must read back (a webhook's signing secret), sealed with AES-256-GCM
 * under a key from configuration (Settings.webhookSecretsKey), so the database, its backups and the
 * audit log's copies of the row hold only ciphertext. The owning row's id is bound in as associated
 * data: a sealed secret copied to another row does not open there.
 */
public final class SecretBox {

  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretBox() {}

  public static String seal(String secret, UUID owner) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed;
    try {
      sealed =
          cipher(Cipher.ENCRYPT_MODE, nonce, owner)
              .doFinal(secret.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException unexpected) {
      throw new IllegalStateException("Sealing failed", unexpected);
    }
    return VERSION
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  /**
   * @throws IllegalArgumentException when the value was not sealed with this key for this owner
   */
  public static String open(String stored, UUID owner) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw new IllegalArgumentException("Not a sealed secret");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
    if (all.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("Not a sealed secret");
    }
    byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
    try {
      return new String(
          cipher(Cipher.DECRYPT_MODE, nonce, owner)
              .doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES),
          StandardCharsets.UTF_8);
    } catch (GeneralSecurityException wrongKeyOrOwner) {
      throw new IllegalArgumentException("The secret does not open with this key", wrongKeyOrOwner);
    }
  }

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(VERSION);
  }

  private static Cipher cipher(int mode, byte[] nonce, UUID owner) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          mode,
          new SecretKeySpec(Settings.webhookSecretsKey(), "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
      return cipher;
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("AES-GCM is not available", unavailable);
    }
  }
}
