package com.propaganda.dashboard.audit;

import com.propaganda.dashboard.security.SignedIn;
import com.propaganda.dashboard.tenancy.Caller;
import java.security.Principal;
import java.util.UUID;

/**
 * Who acts, as the audit log records it: a user of a client or an agency operator (or nobody, for a
 * failed sign-in), and where the request came from.
 */
public record Actor(UUID clientId, UUID userId, UUID operatorId, String ip, String userAgent) {

  private static final String OPERATOR_PREFIX = SignedIn.AGENCY_WORKSPACE + "/";

  /** The signed-in caller of the current request, from the principal's name. */
  public static Actor of(Principal principal, RequestOrigin origin) {
    String name = principal == null ? null : principal.getName();
    if (name != null && name.startsWith(OPERATOR_PREFIX)) {
      UUID operator = UUID.fromString(name.substring(OPERATOR_PREFIX.length()));
      return new Actor(null, null, operator, origin.ip(), origin.userAgent());
    }
    try {
      Caller caller = Caller.fromPrincipalName(name);
      return new Actor(caller.clientId(), caller.userId(), null, origin.ip(), origin.userAgent());
    } catch (IllegalArgumentException notSignedIn) {
      return anonymous(origin);
    }
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
}
