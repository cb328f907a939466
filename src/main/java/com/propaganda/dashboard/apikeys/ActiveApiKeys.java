package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.tenancy.ApiKeyScopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The tenant check's view of API keys, in the transaction's persistence context. */
@ApplicationScoped
public class ActiveApiKeys implements ApiKeyScopes {

  @PersistenceContext private EntityManager entityManager;

  @Override
  public Set<String> activeScopes(UUID apiKeyId) {
    return Optional.ofNullable(entityManager.find(ApiKey.class, apiKeyId))
        .filter(ApiKey::isUsable)
        .map(key -> key.scopes().stream().map(ApiScope::code).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
