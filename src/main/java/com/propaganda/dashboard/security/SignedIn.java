package com.propaganda.dashboard.security;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import java.util.UUID;

/** The outcome of a successful sign-in: the caller principal's name and the one group (role). */
public record SignedIn(String principalName, String group) {

  static SignedIn user(Caller caller, Role role) {
    return new SignedIn(caller.principalName(), role.code());
  }

  /** The audit log's record of this sign-in: the account's own row. */
  AuditEvent signInEvent(RequestOrigin origin) {
    return AuditEvent.ofOwnAccount(Actor.of(principalName, origin), "sign-in");
  }

  /** Not a {@link Caller}: tenant services refuse an operator before touching any data. */
  static SignedIn operator(UUID operatorId) {
    return new SignedIn(PrincipalNames.ofOperator(operatorId), Roles.OPERATOR);
  }
}
