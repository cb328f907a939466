package com.propaganda.dashboard.sso;

import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.propaganda.dashboard.tenancy.ClientDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The authorization code flow with PKCE against a workspace's own provider: where to send the
 * browser, and what the provider's answer proves once it comes back. The provider is asked outside
 * any transaction: a slow one holds no connection.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SingleSignOnFlow {

  @EJB private ClientDirectory clients;

  @EJB private SingleSignOnConnections connections;

  @Inject private OidcProviders providers;

  /** What the sign-in page offers for a typed workspace. */
  public WaysIn waysIn(String workspace) {
    return clients
        .findActiveClientId(workspace)
        .map(connections::waysIn)
        .orElse(WaysIn.PASSWORD_ONLY);
  }

  /** A sign-in to send to the provider, and the address to send the browser to. */
  public record Start(URI provider, PendingAuthorization pending) {}

  /**
   * @return empty for a workspace without single sign-on (or none at all)
   */
  public Optional<Start> start(String workspace, URI callback, String next)
      throws ProviderUnavailableException {
    Optional<UUID> clientId = clients.findActiveClientId(workspace);
    Optional<SingleSignOnConnections.Connected> connected =
        clientId.flatMap(connections::forSignIn);
    if (connected.isEmpty()) {
      return Optional.empty();
    }
    ProviderSettings settings = connected.get().settings();
    OIDCProviderMetadata metadata = providers.metadata(settings.issuer());
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI provider =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()),
                callback)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return Optional.of(
        new Start(
            provider,
            new PendingAuthorization(
                workspace,
                clientId.get(),
                state.getValue(),
                nonce.getValue(),
                verifier.getValue(),
                next,
                Instant.now())));
  }

  /**
   * Trades the code for tokens at the provider (with the client secret and the PKCE verifier) and
   * checks the ID token. The caller has matched the state already.
   */
  public VerifiedIdentity finish(PendingAuthorization pending, String code, URI callback)
      throws SingleSignOnRefused {
    SingleSignOnConnections.Connected connected =
        connections
            .forSignIn(pending.clientId())
            .orElseThrow(
                () -> new SingleSignOnRefused("Single sign-on is off for this workspace now."));
    ProviderSettings settings = connected.settings();
    OIDCProviderMetadata metadata;
    try {
      metadata = providers.metadata(settings.issuer());
    } catch (ProviderUnavailableException e) {
      throw new SingleSignOnRefused(e.getMessage(), e);
    }
    JWT idToken = idToken(metadata, settings, connected.secret(), code, pending, callback);
    IdTokenCheck.Checked checked =
        IdTokenCheck.check(
            providers.validator(metadata, settings.clientId()), idToken, pending.nonce(), settings);
    return new VerifiedIdentity(
        pending.clientId(),
        checked.email(),
        checked.name(),
        settings.roleMapping().roleFor(checked.groups()),
        settings.createsSalesUsers(),
        Optional.ofNullable(metadata.getEndSessionEndpointURI())
            .map(endpoint -> new ProviderSignOut(endpoint, idToken.serialize())));
  }

  private static JWT idToken(
      OIDCProviderMetadata metadata,
      ProviderSettings settings,
      String secret,
      String code,
      PendingAuthorization pending,
      URI callback)
      throws SingleSignOnRefused {
    HTTPRequest request =
        new TokenRequest(
                metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(secret)),
                new AuthorizationCodeGrant(
                    new AuthorizationCode(code),
                    callback,
                    new CodeVerifier(pending.codeVerifier())))
            .toHTTPRequest();
    request.setConnectTimeout(OidcProviders.CONNECT_MILLIS);
    request.setReadTimeout(OidcProviders.READ_MILLIS);
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(request.send());
    } catch (IOException e) {
      throw new SingleSignOnRefused(
          "The identity provider did not answer the token request in time.", e);
    } catch (ParseException e) {
      throw new SingleSignOnRefused(
          "The identity provider's token answer is not OpenID Connect.", e);
    }
    if (!response.indicatesSuccess()) {
      TokenErrorResponse error = response.toErrorResponse();
      throw new SingleSignOnRefused(
          "The identity provider refused the sign-in: "
              + (error.getErrorObject() == null
                  ? "no reason given"
                  : error.getErrorObject().getDescription()));
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new SingleSignOnRefused("The identity provider sent no ID token.");
    }
    return idToken;
  }
}
