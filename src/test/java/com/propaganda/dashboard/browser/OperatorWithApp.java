package com.propaganda.dashboard.browser;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.testsupport.TestData;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.openqa.selenium.By;

/**
 * An operator made for one test, with a confirmed authenticator app whose key the test knows: every
 * operator must use two-step sign-in, and each app code signs in once, so a test that signs in as
 * an operator makes its own rather than sharing the demo operator's.
 */
record OperatorWithApp(String email, String secret) {

  private static final TimeBasedOneTimePasswordGenerator APP =
      new TimeBasedOneTimePasswordGenerator();

  static OperatorWithApp create(String password) {
    UUID id = UUID.randomUUID();
    String email = "ops." + id + "@agency.example";
    byte[] key = new byte[20];
    new SecureRandom().nextBytes(key);
    String secret = new Base32().encodeToString(key);
    TestData data = new TestData();
    data.execute(
        "INSERT INTO operators (id, email, password_hash, name) VALUES (?, ?, ?, 'Test Operator')",
        id,
        email,
        PasswordHasher.hash(password.toCharArray()));
    data.execute(
        "INSERT INTO operator_factors (id, totp_secret, confirmed_at) VALUES (?, ?, now())",
        id,
        SecretBox.seal(secret, id));
    return new OperatorWithApp(email, secret);
  }

  /** Signs in with the password and the app's current code. */
  void signIn(Browser browser, String password) {
    browser.signIn("agency", email, password);
    browser.type(By.id("second-factor:code"), code());
    browser.waitUntilGone(browser.click(By.id("second-factor:verify")));
  }

  private String code() {
    try {
      return APP.generateOneTimePasswordString(
          new SecretKeySpec(new Base32().decode(secret), APP.getAlgorithm()), Instant.now());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
