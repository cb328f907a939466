package com.propaganda.dashboard.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.propaganda.dashboard.platform.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of an ID token before anyone is signed in with it: the signature by one of the
 * provider's keys, the issuer, the audience (this workspace's client id), the expiry and the nonce
 * of this browser's sign-in (Nimbus's validator); then the email from the configured claim, refused
 * when the provider says it is not verified.
 */
final class IdTokenCheck {

  private IdTokenCheck() {}

  record Checked(String email, String name, List<String> groups) {}

  static Checked check(
      IDTokenValidator validator, JWT idToken, String nonce, ProviderSettings settings)
      throws SingleSignOnRefused {
    IDTokenClaimsSet claims;
    try {
      claims = validator.validate(idToken, new Nonce(nonce));
    } catch (BadJOSEException | JOSEException e) {
      throw new SingleSignOnRefused(
          "The identity provider's answer did not pass its checks: " + e.getMessage(), e);
    }
    String email = claims.getStringClaim(settings.emailClaim());
    if (email == null
        || email.isBlank()
        || email.length() > 255
        || Text.hasControlCharacter(email)) {
      throw new SingleSignOnRefused(
          "The identity provider sent no email in the claim \"" + settings.emailClaim() + "\".");
    }
    if (Boolean.FALSE.equals(claims.getBooleanClaim("email_verified"))) {
      throw new SingleSignOnRefused("The identity provider has not verified this email.");
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    String name = claims.getStringClaim("name");
    return new Checked(
        address,
        name == null || name.isBlank() ? address : Text.truncate(Text.printable(name.strip()), 255),
        groups(claims, settings));
  }

  private static List<String> groups(IDTokenClaimsSet claims, ProviderSettings settings) {
    Optional<String> claim = settings.groupsClaim();
    if (claim.isEmpty()) {
      return List.of();
    }
    // A provider may send one group as a string rather than a list of one.
    List<String> groups = claims.getStringListClaim(claim.get());
    if (groups != null) {
      return groups;
    }
    String one = claims.getStringClaim(claim.get());
    return one == null ? List.of() : List.of(one);
  }
}
