package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.database.ConnectionSettings;
import java.util.UUID;

/**
 * Who acts, as the audit log records it: a user of a client, possibly through one of their API
 * keys, or an agency operator (or nobody, for a failed sign-in), where the request came from and
 * which request it was.
 */
public record Actor(
    UUID clientId,
    UUID userId,
    UUID apiKeyId,
    UUID operatorId,
    String ip,
    String userAgent,
    String requestId) {

  /** The caller a principal name stands for ({@link PrincipalNames}); anonymous for null. */
  public static Actor of(String name, RequestOrigin origin) {
    return PrincipalNames.operator(name)
        .map(operator -> operator(operator, origin))
        .or(
            () ->
                PrincipalNames.user(name)
                    .map(caller -> user(caller, PrincipalNames.apiKey(name).orElse(null), origin)))
        .orElseGet(() -> anonymous(origin));
  }

  public static Actor user(Caller caller, RequestOrigin origin) {
    return user(caller, null, origin);
  }

  private static Actor user(Caller caller, UUID apiKeyId, RequestOrigin origin) {
    return new Actor(
        caller.clientId(),
        caller.userId(),
        apiKeyId,
        null,
        origin.ip(),
        origin.userAgent(),
        origin.id());
  }

  public static Actor operator(UUID operatorId, RequestOrigin origin) {
    return new Actor(null, null, null, operatorId, origin.ip(), origin.userAgent(), origin.id());
  }

  public static Actor anonymous(RequestOrigin origin) {
    return new Actor(null, null, null, null, origin.ip(), origin.userAgent(), origin.id());
  }

  /** What the audit triggers and functions are told about this actor on a connection. */
  public ConnectionSettings settings() {
    return new ConnectionSettings().actor(userId, apiKeyId, operatorId, ip, userAgent, requestId);
  }
}
