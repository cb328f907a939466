package com.propaganda.dashboard.sso;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;

/**
 * The providers' discovery documents and signing keys, fetched with short time limits and kept for
 * a while: a sign-in waits for a provider at most {@link #CONNECT_MILLIS} plus {@link #READ_MILLIS}
 * per request, so a slow or dead provider gives its message within ten seconds.
 */
@ApplicationScoped
public class OidcProviders {

  static final int CONNECT_MILLIS = 2_000;
  static final int READ_MILLIS = 3_000;
  private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

  /** The signature algorithms an ID token may use; never "none", never a shared secret. */
  static final Set<JWSAlgorithm> SIGNATURES =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  private final Cache<String, OIDCProviderMetadata> documents =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15)).maximumSize(1_000).build();

  /** Per issuer and client id: each keeps its provider's keys, refreshed on an unknown key id. */
  private final Cache<String, IDTokenValidator> validators =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000).build();

  /** The provider's discovery document; its issuer must be exactly the one configured. */
  public OIDCProviderMetadata metadata(String issuer) throws ProviderUnavailableException {
    OIDCProviderMetadata known = documents.getIfPresent(issuer);
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata fetched =
          OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_MILLIS, READ_MILLIS);
      documents.put(issuer, fetched);
      return fetched;
    } catch (SocketTimeoutException | ConnectException | UnknownHostException e) {
      throw new ProviderUnavailableException(
          "The identity provider at "
              + issuer
              + " did not answer within "
              + (CONNECT_MILLIS + READ_MILLIS) / 1000
              + " seconds ("
              + e.getClass().getSimpleName()
              + ").",
          e);
    } catch (IOException | GeneralException | RuntimeException e) {
      throw new ProviderUnavailableException(
          "The address "
              + issuer
              + " has no valid OpenID Connect discovery document: "
              + e.getMessage(),
          e);
    }
  }

  IDTokenValidator validator(OIDCProviderMetadata metadata, String clientId) {
    return validators.get(
        metadata.getIssuer().getValue() + " " + clientId,
        key -> {
          try {
            JWKSource<SecurityContext> keys =
                JWKSourceBuilder.create(
                        metadata.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(
                            CONNECT_MILLIS, READ_MILLIS, MAX_DOCUMENT_BYTES))
                    .build();
            return new IDTokenValidator(
                metadata.getIssuer(),
                new ClientID(clientId),
                new JWSVerificationKeySelector<>(SIGNATURES, keys),
                null);
          } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The provider's key set address is not a URL", e);
          }
        });
  }

  /** After the ceo changes a connection, the next sign-in reads the provider afresh. */
  void forget(String issuer) {
    documents.invalidate(issuer);
    validators.asMap().keySet().removeIf(key -> key.startsWith(issuer + " "));
  }
}
