package com.propaganda.dashboard.security;

import com.propaganda.dashboard.audit.Actor;
import com.propaganda.dashboard.audit.AuditEvent;
import com.propaganda.dashboard.audit.RequestOrigin;
import com.propaganda.dashboard.tenancy.Caller;
import com.propaganda.dashboard.users.Role;
import com.propaganda.dashboard.users.Roles;
import java.util.UUID;

/** The outcome of a successful sign-in: the caller principal's name and the one group (role). */
public record SignedIn(String principalName, String group) {

  /** Operators sign in to this workspace; no client may take the name. */
  public static final String AGENCY_WORKSPACE = "agency";

  static SignedIn user(Caller caller, Role role) {
    return new SignedIn(caller.principalName(), role.code());
  }

  /** The audit log's record of this sign-in: the account's own row. */
  AuditEvent signInEvent(RequestOrigin origin) {
    if (Roles.OPERATOR.equals(group)) {
      UUID operator = UUID.fromString(principalName.substring(AGENCY_WORKSPACE.length() + 1));
      return AuditEvent.access(Actor.operator(operator, origin), "operators", operator, "sign-in");
    }
    Caller caller = Caller.fromPrincipalName(principalName);
    return AuditEvent.access(Actor.user(caller, origin), "users", caller.userId(), "sign-in");
  }

  /** Not a {@link Caller}: tenant services refuse an operator before touching any data. */
  static SignedIn operator(UUID operatorId) {
    return new SignedIn(AGENCY_WORKSPACE + "/" + operatorId, Roles.OPERATOR);
  }
}
