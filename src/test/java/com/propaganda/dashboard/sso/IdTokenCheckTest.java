package com.propaganda.dashboard.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ID token checks with tokens signed here: the provider's key is generated for the test and
 * published to the validator as its key set, as a provider's JWKS would be.
 */
class IdTokenCheckTest {

  private static final String ISSUER = "https://login.example.com/realms/acme";
  private static final String CLIENT = "propaganda-dashboard";
  private static final String NONCE = "nonce-of-this-browser";

  private static RSAKey providerKey;
  private static RSAKey attackerKey;
  private static IDTokenValidator validator;

  private static final ProviderSettings SETTINGS =
      new ProviderSettings(
          ISSUER,
          CLIENT,
          "email",
          Optional.of("groups"),
          RoleMapping.parse("sales-managers=admin\nboard=ceo"),
          false);

  @BeforeAll
  static void aProviderWithItsKeySet() throws JOSEException {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    attackerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    validator =
        new IDTokenValidator(
            new Issuer(ISSUER),
            new ClientID(CLIENT),
            new JWSVerificationKeySelector<SecurityContext>(
                OidcProviders.SIGNATURES,
                new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK()))),
            null);
  }

  @Test
  void aTokenOfTheProviderForThisClientAndSignInNamesItsPerson() throws Exception {
    IdTokenCheck.Checked checked = check(signed(providerKey, claims -> claims));
    assertEquals("pat@acme.example", checked.email());
    assertEquals("Pat Example", checked.name());
    assertEquals(List.of("sales-managers"), checked.groups());
    assertEquals(
        Optional.of(com.propaganda.dashboard.identity.Role.ADMIN),
        SETTINGS.roleMapping().roleFor(checked.groups()));
  }

  @Test
  void aForgedSignatureIsRefused() throws Exception {
    refused(signed(attackerKey, claims -> claims), "did not pass its checks");
  }

  @Test
  void anUnsignedOrSharedSecretTokenIsRefused() throws Exception {
    refused(new PlainJWT(claims(claims -> claims)), "did not pass its checks");
    SignedJWT shared = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(claims -> claims));
    shared.sign(new MACSigner("a shared secret of at least thirty-two bytes!"));
    refused(shared, "did not pass its checks");
  }

  @Test
  void anExpiredTokenIsRefusedBeyondTheClockSkew() throws Exception {
    refused(
        signed(
            providerKey,
            claims ->
                claims
                    .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                    .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(5))))),
        "Expired");
  }

  @Test
  void aTokenForAnotherClientIdOrIssuerIsRefused() throws Exception {
    refused(signed(providerKey, claims -> claims.audience("other-app")), "audience");
    refused(
        signed(providerKey, claims -> claims.issuer("https://login.example.com/realms/other")),
        "issuer");
  }

  @Test
  void aTokenOfAnotherSignInIsRefusedByItsNonce() throws Exception {
    refused(signed(providerKey, claims -> claims.claim("nonce", "another")), "nonce");
    refused(signed(providerKey, claims -> claims.claim("nonce", null)), "nonce");
  }

  @Test
  void anUnverifiedMissingOrBrokenEmailIsRefused() throws Exception {
    refused(signed(providerKey, claims -> claims.claim("email_verified", false)), "not verified");
    refused(signed(providerKey, claims -> claims.claim("email", null)), "no email");
    refused(
        signed(providerKey, claims -> claims.claim("email", "pat@acme.example\u0000")), "no email");
  }

  @Test
  void oneGroupSentAsTextCountsAsAListOfOne() throws Exception {
    assertEquals(
        List.of("board"),
        check(signed(providerKey, claims -> claims.claim("groups", "board"))).groups());
  }

  private static IdTokenCheck.Checked check(JWT token) throws SingleSignOnRefused {
    return IdTokenCheck.check(validator, token, NONCE, SETTINGS);
  }

  private static void refused(JWT token, String because) {
    SingleSignOnRefused refused = assertThrows(SingleSignOnRefused.class, () -> check(token));
    assertTrue(refused.getMessage().contains(because), refused.getMessage() + " lacks " + because);
  }

  private static SignedJWT signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change)
      throws JOSEException {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            claims(change));
    token.sign(new RSASSASigner(key));
    return token;
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    return change
        .apply(
            new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("3f2a")
                .audience(CLIENT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE)
                .claim("email", "Pat@Acme.example")
                .claim("email_verified", true)
                .claim("name", "Pat Example")
                .claim("groups", List.of("sales-managers")))
        .build();
  }
}
