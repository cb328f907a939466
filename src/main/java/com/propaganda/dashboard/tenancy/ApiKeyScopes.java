package com.propaganda.dashboard.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * The bound tenant's API keys, as far as the tenant check needs them; implemented where keys live,
 * so this package depends on no feature.
 */
public interface ApiKeyScopes {

  /** The scope codes of a key that is neither revoked nor expired; empty for any other key. */
  Set<String> activeScopes(UUID apiKeyId);
}
