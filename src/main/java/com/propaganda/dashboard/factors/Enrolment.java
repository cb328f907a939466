package com.propaganda.dashboard.factors;

/** What an authenticator app needs to be set up: the secret as text and as a QR code. */
public record Enrolment(String secret, String qrCodeSvg) {

  /** The secret in groups of four, as people type it into an app. */
  public String spacedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
