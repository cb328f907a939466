package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.platform.JsonFactory;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecord;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.Base64UrlUtil;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two WebAuthn ceremonies on the server's side, with webauthn4j: the options a browser passes
 * to {@code navigator.credentials.create()} or {@code .get()}, and the check of what it answers
 * (origin, RP ID, this ceremony's challenge, the signature by the stored public key, a growing
 * counter). Attestation is not asked for: any authenticator the person trusts will do. An answer is
 * the browser's, so anyone's: webauthn4j lets its JSON reader's and its own null checks' exceptions
 * through on a malformed one, and each of them is a refusal here, never an error page.
 */
final class PasskeyCeremonies {

  private static final WebAuthnManager WEB_AUTHN = WebAuthnManager.createNonStrictWebAuthnManager();

  private static final AttestedCredentialDataConverter CREDENTIALS =
      new AttestedCredentialDataConverter(new ObjectConverter());

  private static final List<PublicKeyCredentialParameters> ALGORITHMS =
      List.of(
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
          new PublicKeyCredentialParameters(
              PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasskeyCeremonies() {}

  private static ServerProperty server(PasskeySite site, String challenge) {
    return new ServerProperty(
        new Origin(site.origin()),
        site.rpId(),
        new DefaultChallenge(Base64UrlUtil.decode(challenge)));
  }

  /** A passkey the browser made, checked, as it is kept. */
  record Registered(String credentialId, byte[] credential, long signCount) {}

  /** 32 random bytes, base64url: one ceremony's challenge. */
  static String challenge() {
    byte[] challenge = new byte[32];
    RANDOM.nextBytes(challenge);
    return Base64UrlUtil.encodeToString(challenge);
  }

  static String creationOptions(
      PasskeySite site, String challenge, UUID userId, String userName, List<String> existing) {
    JsonArrayBuilder algorithms = JsonFactory.array();
    ALGORITHMS.forEach(
        algorithm ->
            algorithms.add(
                JsonFactory.object()
                    .add("type", "public-key")
                    .add("alg", algorithm.getAlg().getValue())));
    return JsonFactory.object()
        .add("challenge", challenge)
        .add("rp", JsonFactory.object().add("id", site.rpId()).add("name", "Propaganda Dashboard"))
        .add(
            "user",
            JsonFactory.object()
                .add(
                    "id",
                    Base64UrlUtil.encodeToString(
                        userId.toString().getBytes(StandardCharsets.US_ASCII)))
                .add("name", userName)
                .add("displayName", userName))
        .add("pubKeyCredParams", algorithms)
        .add("excludeCredentials", credentials(existing))
        .add(
            "authenticatorSelection",
            JsonFactory.object()
                .add("residentKey", "discouraged")
                .add("userVerification", "preferred"))
        .add("attestation", "none")
        .add("timeout", 120_000)
        .build()
        .toString();
  }

  static String requestOptions(PasskeySite site, String challenge, List<String> allowed) {
    return JsonFactory.object()
        .add("challenge", challenge)
        .add("rpId", site.rpId())
        .add("allowCredentials", credentials(allowed))
        .add("userVerification", "preferred")
        .add("timeout", 120_000)
        .build()
        .toString();
  }

  private static JsonArrayBuilder credentials(List<String> ids) {
    JsonArrayBuilder credentials = JsonFactory.array();
    ids.forEach(
        id -> credentials.add(JsonFactory.object().add("type", "public-key").add("id", id)));
    return credentials;
  }

  /** The browser's answer to creationOptions, checked; empty when it does not pass. */
  static Optional<Registered> register(String response, PasskeySite site, String challenge) {
    try {
      RegistrationData data =
          WEB_AUTHN.verifyRegistrationResponseJSON(
              response,
              new RegistrationParameters(server(site, challenge), ALGORITHMS, false, true));
      AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
      AttestedCredentialData credential = authenticator.getAttestedCredentialData();
      return Optional.of(
          new Registered(
              Base64UrlUtil.encodeToString(credential.getCredentialId()),
              CREDENTIALS.convert(credential),
              authenticator.getSignCount()));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /** The credential id an answer to requestOptions names, to find its passkey by. */
  static Optional<String> credentialIdOf(String response) {
    try {
      return Optional.of(
          Base64UrlUtil.encodeToString(
              WEB_AUTHN.parseAuthenticationResponseJSON(response).getCredentialId()));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /**
   * The browser's answer to requestOptions, checked against the stored passkey.
   *
   * @return the authenticator's new counter; empty when the answer does not pass
   */
  static Optional<Long> authenticate(
      String response, PasskeySite site, String challenge, Passkey passkey) {
    AttestedCredentialData credential = CREDENTIALS.convert(passkey.credential());
    CredentialRecord stored =
        new CredentialRecordImpl(
            new NoneAttestationStatement(),
            null,
            null,
            null,
            passkey.signCount(),
            credential,
            new AuthenticationExtensionsAuthenticatorOutputs<>(),
            null,
            null,
            null);
    try {
      AuthenticationData data =
          WEB_AUTHN.verifyAuthenticationResponseJSON(
              response,
              new AuthenticationParameters(
                  server(site, challenge),
                  stored,
                  List.of(credential.getCredentialId()),
                  false,
                  true));
      return Optional.of(data.getAuthenticatorData().getSignCount());
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }
}
