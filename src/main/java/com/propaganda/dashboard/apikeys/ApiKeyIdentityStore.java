package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import com.propaganda.dashboard.tenancy.KeyCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Validates API keys: the caller is the key's owner acting through the key (the principal name
 * carries both), and the only group is the owner's role today. Scopes are checked per service call
 * ({@link com.propaganda.dashboard.identity.KeyScope}) from what this lookup found ({@link
 * KeyCaller}). The same lookup counts the request against the key's rate limit ({@link ApiQuota}).
 */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

  private static final String CALLER =
      """
      SELECT key_id, client_id, owner_id, owner_role, scopes, time_zone, limit_policy,
          requests_per_minute, requests_this_minute, seconds_left FROM api_key_caller(?)""";

  @Inject private CrossClientSql sql;

  @Inject private ApiQuota quota;

  @Inject private KeyCaller keyCaller;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ApiKeyCredential key)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (!ApiKeySecret.looksLikeKey(key.token())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return sql
        .query(
            "Finding an API key",
            CALLER,
            List.of(new ApiKeySecret(key.token()).hash()),
            row -> {
              UUID keyId = row.getObject(1, UUID.class);
              Role role = Role.valueOf(row.getString(4).toUpperCase(Locale.ROOT));
              keyCaller.found(
                  keyId, role, ZoneId.of(row.getString(6)), Set.of(row.getString(5).split(",")));
              quota.count(row.getString(7), row.getInt(8), row.getInt(9), row.getInt(10));
              return new CredentialValidationResult(
                  PrincipalNames.ofApiKey(
                      row.getObject(2, UUID.class), row.getObject(3, UUID.class), keyId),
                  Set.of(role.code()));
            })
        .stream()
        .findFirst()
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
