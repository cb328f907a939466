package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.platform.SecretBox;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An account's authenticator app: its sealed TOTP secret, the last step a code was used in, and the
 * hashes of the recovery codes not used yet. Confirmed once a first code from the app matched.
 */
@Embeddable
public class Authenticator {

  @Column(name = "totp_secret", nullable = false)
  private String sealedSecret;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "last_step", nullable = false)
  private long lastStep;

  @Column(name = "recovery_codes", nullable = false)
  private String recoveryCodes = "";

  protected Authenticator() {}

  /** A new, unconfirmed authenticator with this secret, sealed for its owner. */
  Authenticator(String secret, UUID owner) {
    this.sealedSecret = SecretBox.seal(secret, owner);
  }

  boolean isConfirmed() {
    return confirmedAt != null;
  }

  OffsetDateTime confirmedAt() {
    return confirmedAt;
  }

  String secret(UUID owner) {
    return SecretBox.open(sealedSecret, owner);
  }

  /**
   * Confirms the authenticator with a first code from the app.
   *
   * @return the new recovery codes, to be shown once; empty when the code does not match
   */
  Optional<List<String>> confirm(String code, Instant now, UUID owner) {
    OptionalLong step = TotpCodes.stepOf(secret(owner), code, now, lastStep);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    lastStep = step.getAsLong();
    confirmedAt = now.atOffset(ZoneOffset.UTC);
    List<String> codes = RecoveryCodes.newCodes();
    recoveryCodes = String.join(" ", codes.stream().map(RecoveryCodes::hash).toList());
    return Optional.of(codes);
  }

  /** Signs in with a code from the app or an unused recovery code; either is good once. */
  FactorUse use(String code, Instant now, UUID owner) {
    if (!isConfirmed()) {
      return FactorUse.WRONG;
    }
    OptionalLong step = TotpCodes.stepOf(secret(owner), code, now, lastStep);
    if (step.isPresent()) {
      lastStep = step.getAsLong();
      return FactorUse.APP_CODE;
    }
    String hash = RecoveryCodes.hash(code);
    List<String> unused = new ArrayList<>(Arrays.asList(recoveryCodes.split(" ")));
    if (hash == null || !unused.remove(hash)) {
      return FactorUse.WRONG;
    }
    recoveryCodes = String.join(" ", unused);
    return FactorUse.RECOVERY_CODE;
  }

  int recoveryCodesLeft() {
    return recoveryCodes.isEmpty() ? 0 : recoveryCodes.split(" ").length;
  }
}
