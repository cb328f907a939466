package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.platform.ConnectionSettings;
import java.util.UUID;

/**
 * Who acts, as the audit log records it: a user of a client or an agency operator (or nobody, for a
 * failed sign-in), and where the request came from.
 */
public record Actor(UUID clientId, UUID userId, UUID operatorId, String ip, String userAgent) {

  /** The caller a principal name stands for ({@link PrincipalNames}); anonymous for null. */
  public static Actor of(String name, RequestOrigin origin) {
    return PrincipalNames.operator(name)
        .map(operator -> operator(operator, origin))
        .or(() -> PrincipalNames.user(name).map(caller -> user(caller, origin)))
        .orElseGet(() -> anonymous(origin));
  }

  public static Actor user(Caller caller, RequestOrigin origin) {
    return new Actor(caller.clientId(), caller.userId(), null, origin.ip(), origin.userAgent());
  }

  public static Actor operator(UUID operatorId, RequestOrigin origin) {
    return new Actor(null, null, operatorId, origin.ip(), origin.userAgent());
  }

  public static Actor anonymous(RequestOrigin origin) {
    return new Actor(null, null, null, origin.ip(), origin.userAgent());
  }

  /** What the audit triggers and functions are told about this actor on a connection. */
  public ConnectionSettings settings() {
    return new ConnectionSettings().actor(userId, operatorId, ip, userAgent);
  }
}
