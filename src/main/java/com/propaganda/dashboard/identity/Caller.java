package com.propaganda.dashboard.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * The signed-in user as the server knows them: the client (tenant) and the user id. It travels as
 * the caller principal's name ({@link PrincipalNames}).
 */
public record Caller(UUID clientId, UUID userId) {

  public Caller {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(userId, "userId");
  }

  public String principalName() {
    return PrincipalNames.ofUser(clientId, userId);
  }
}
