package com.propaganda.dashboard.audittrail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A chain's head at one sealing (its position and hash), signed with a key the database never
 * holds. A chain rewritten afterwards no longer reaches the signed hash at the signed position.
 *
 * @param chain the client, or the nil uuid for events of no client
 * @param signature Base64 Ed25519 signature of {@link #signedText()}; null before signing
 */
public record Checkpoint(UUID chain, long seq, String hash, Instant sealedAt, String signature) {

  private static final String FORMAT = "propaganda-audit-checkpoint/1";
  private static final String ALGORITHM = "Ed25519";

  /** The same position and hash, signed. */
  Checkpoint signedWith(PrivateKey key) throws GeneralSecurityException {
    Signature signer = Signature.getInstance(ALGORITHM);
    signer.initSign(key);
    signer.update(text());
    return new Checkpoint(
        chain, seq, hash, sealedAt, Base64.getEncoder().encodeToString(signer.sign()));
  }

  public boolean isSignedBy(PublicKey key) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(key);
      verifier.update(text());
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** What the signature covers, as one line anyone can rebuild from a receipt. */
  public String signedText() {
    return FORMAT + " " + chain + " " + seq + " " + hash + " " + sealedAt;
  }

  private byte[] text() {
    return signedText().getBytes(StandardCharsets.UTF_8);
  }

  /** One line of a checkpoint file: position, hash, time and signature, tab-separated. */
  String line() {
    return seq + "\t" + hash + "\t" + sealedAt + "\t" + signature;
  }

  static Checkpoint parse(UUID chain, String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 4) {
      throw new IllegalArgumentException("not a checkpoint line: " + line);
    }
    return new Checkpoint(
        chain, Long.parseLong(fields[0]), fields[1], Instant.parse(fields[2]), fields[3]);
  }
}
