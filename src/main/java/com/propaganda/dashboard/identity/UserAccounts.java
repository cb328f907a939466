package com.propaganda.dashboard.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The users of the bound tenant, as far as the tenant check needs them; implemented where users
 * live, so this package depends on no feature.
 */
public interface UserAccounts {

  /** The user's role while the user is active; empty for an inactive or unknown user. */
  Optional<Role> activeRole(UUID userId);
}
