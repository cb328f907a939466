package com.propaganda.dashboard.audittrail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The Ed25519 keys of audit checkpoints, read from PEM files (as openssl writes them). */
public final class CheckpointKeys {

  private CheckpointKeys() {}

  public static PrivateKey signingKey(Path pem) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
  }

  public static PublicKey verifyKey(Path pem) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
  }

  private static byte[] der(Path pem, String label) throws IOException {
    String text = Files.readString(pem);
    int begin = text.indexOf("-----BEGIN " + label + "-----");
    int end = text.indexOf("-----END " + label + "-----");
    if (begin < 0 || end < begin) {
      throw new IOException(pem + " holds no PEM " + label);
    }
    String body = text.substring(begin + label.length() + 16, end);
    return Base64.getMimeDecoder().decode(body);
  }
}
