package com.propaganda.dashboard.tenancy;

import java.util.Objects;
import java.util.UUID;

/**
 * The signed-in user as the server knows them: the client (tenant) and the user id. It travels as
 * the caller principal's name, written by the identity store after the password was checked, so no
 * request parameter can change it.
 */
public record Caller(UUID clientId, UUID userId) {

  private static final String SEPARATOR = "/";

  public Caller {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(userId, "userId");
  }

  public String principalName() {
    return clientId + SEPARATOR + userId;
  }

  /**
   * @throws IllegalArgumentException when the name was not written by {@link #principalName()}
   */
  public static Caller fromPrincipalName(String name) {
    String[] parts = name == null ? new String[0] : name.split(SEPARATOR, -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Not a dashboard principal: " + name);
    }
    return new Caller(UUID.fromString(parts[0]), UUID.fromString(parts[1]));
  }
}
