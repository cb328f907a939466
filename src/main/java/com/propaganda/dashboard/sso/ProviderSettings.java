package com.propaganda.dashboard.sso;

import java.util.Optional;

/**
 * How a workspace signs in through its provider, the secret apart: the issuer whose discovery
 * document names the endpoints, the client id registered there, the claim that carries the email,
 * and optionally the claim that carries groups with the roles they give.
 */
public record ProviderSettings(
    String issuer,
    String clientId,
    String emailClaim,
    Optional<String> groupsClaim,
    RoleMapping roleMapping,
    boolean createsSalesUsers) {}
