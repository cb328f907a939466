package com.propaganda.dashboard.security;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.Role;

/**
 * A user found by workspace and email, before the password is checked, with what the client's
 * sign-in policy says of them.
 */
public record SignInAccount(
    Caller caller,
    Role role,
    String passwordHash,
    boolean active,
    boolean secondFactorRequired,
    boolean passwordsAllowed) {}
