package com.propaganda.dashboard.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * The one codec of the caller principal's name, written by the identity store after the password
 * was checked, so no request parameter can change it: {@code <clientId>/<userId>} for a client's
 * user, {@code <clientId>/<userId>/<apiKeyId>} for a user's API key, {@code agency/<operatorId>}
 * for an agency operator.
 */
public final class PrincipalNames {

  /** Operators sign in to this workspace; no client may take the name. */
  public static final String AGENCY_WORKSPACE = "agency";

  private static final String SEPARATOR = "/";

  private PrincipalNames() {}

  public static String ofUser(UUID clientId, UUID userId) {
    return clientId + SEPARATOR + userId;
  }

  public static String ofApiKey(UUID clientId, UUID userId, UUID apiKeyId) {
    return ofUser(clientId, userId) + SEPARATOR + apiKeyId;
  }

  public static String ofOperator(UUID operatorId) {
    return AGENCY_WORKSPACE + SEPARATOR + operatorId;
  }

  /**
   * The client's user a name stands for, directly or through a key of theirs; empty for an operator
   * or a foreign name.
   */
  public static Optional<Caller> user(String name) {
    String[] parts = parts(name);
    if (parts.length < 2 || parts.length > 3 || AGENCY_WORKSPACE.equals(parts[0])) {
      return Optional.empty();
    }
    if (parts.length == 3 && uuid(parts[2]).isEmpty()) {
      return Optional.empty();
    }
    return uuid(parts[0]).flatMap(client -> uuid(parts[1]).map(user -> new Caller(client, user)));
  }

  /** The API key a user's name carries, or empty for a signed-in person. */
  public static Optional<UUID> apiKey(String name) {
    String[] parts = parts(name);
    return parts.length == 3 && user(name).isPresent() ? uuid(parts[2]) : Optional.empty();
  }

  /** The operator a name stands for, or empty for a client's user or a foreign name. */
  public static Optional<UUID> operator(String name) {
    String[] parts = parts(name);
    return parts.length == 2 && AGENCY_WORKSPACE.equals(parts[0])
        ? uuid(parts[1])
        : Optional.empty();
  }

  private static String[] parts(String name) {
    return name == null ? new String[0] : name.split(SEPARATOR, -1);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
