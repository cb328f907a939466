package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * The client's API keys: a ceo or admin makes keys that act in their own name, with scopes their
 * role allows, and revokes any key of the client. Only signed-in people reach this service: no
 * method carries a key scope, so a key cannot make another key.
 */
@Stateless
@TenantBound
@Audited("api_keys")
@RolesAllowed({Roles.CEO, Roles.ADMIN})
public class ApiKeyService {

  static final int MAX_NAME = 100;
  static final Period LONGEST_LIFE = Period.ofYears(2);
  static final int MAX_REQUESTS_PER_MINUTE = 100_000;

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  /** Every key of the client, newest first, revoked ones included. */
  public List<ApiKeyRow> keys() {
    return entityManager
        .createQuery(
            """
            SELECT k, u.name FROM ApiKey k, User u WHERE u.id = k.ownerId
                ORDER BY k.createdAt DESC, k.id""",
            Object[].class)
        .getResultStream()
        .map(row -> ((ApiKey) row[0]).toRow((String) row[1]))
        .toList();
  }

  /** The scopes the caller may give a key. */
  public List<ApiScope> grantableScopes() {
    return List.copyOf(ApiScope.grantableBy(context.role()));
  }

  public CreatedApiKey create(NewApiKey request) {
    if (!entityManager.find(Client.class, context.caller().clientId()).allowsApiKeys()) {
      throw InvalidInputException.of(
          "name", "Your ceo turned API keys off for this workspace (Sign-in policy).");
    }
    check(request, context.role());
    ApiKeySecret secret = ApiKeySecret.generate();
    ApiKey key = new ApiKey(context.caller().userId(), request, secret);
    entityManager.persist(key);
    return new CreatedApiKey(key.getId(), secret.value());
  }

  public void revoke(UUID id) {
    ApiKey key = id == null ? null : entityManager.find(ApiKey.class, id);
    if (key == null) {
      throw new NotFoundException("API key");
    }
    key.revoke();
  }

  private static void check(NewApiKey request, Role role) {
    FieldErrors errors = new FieldErrors();
    String name = Text.clean(request.name());
    errors.required("name", name, "Give the key a name, e.g. the system that will use it");
    errors.maxLength("name", name, MAX_NAME);
    errors.rejectIf(
        request.scopes() == null || request.scopes().isEmpty(),
        "scopes",
        "Choose at least one scope");
    if (request.scopes() != null) {
      request.scopes().stream()
          .filter(scope -> !scope.allows(role))
          .findFirst()
          .ifPresent(
              scope ->
                  errors.reject(
                      "scopes", "Your role may not give a key the scope " + scope.code()));
    }
    OffsetDateTime expires = request.expiresAt();
    OffsetDateTime now = Timestamps.now();
    errors.rejectIf(
        expires != null && !expires.isAfter(now), "expiresAt", "The expiry must be in the future");
    errors.rejectIf(
        expires != null && expires.isAfter(now.plus(LONGEST_LIFE)),
        "expiresAt",
        "A key lives at most two years");
    errors.rejectIf(
        request.requestsPerMinute() < 1 || request.requestsPerMinute() > MAX_REQUESTS_PER_MINUTE,
        "requestsPerMinute",
        "Between 1 and " + MAX_REQUESTS_PER_MINUTE + " requests a minute");
    errors.throwIfAny();
  }
}
