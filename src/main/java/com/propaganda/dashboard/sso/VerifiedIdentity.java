package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.identity.Role;
import java.util.Optional;
import java.util.UUID;

/**
 * What a checked ID token says about the person, for the workspace the sign-in started in: the
 * email (lower case), the role its groups give if the client maps groups, whether the client
 * creates sales users on a first sign-in, and how to sign out at the provider where it offers that.
 */
public record VerifiedIdentity(
    UUID clientId,
    String email,
    String name,
    Optional<Role> mappedRole,
    boolean createsSalesUsers,
    Optional<ProviderSignOut> signOut) {}
