package com.propaganda.dashboard.security;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.PrincipalNames;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import java.io.Serializable;
import java.util.UUID;

/**
 * The outcome of a right password: the caller principal's name and the one group (role), and
 * whether a second factor must still be shown before the account is signed in.
 */
public record SignedIn(String principalName, String group, boolean secondFactorDue)
    implements Serializable {

  static SignedIn user(Caller caller, Role role) {
    return new SignedIn(caller.principalName(), role.code(), false);
  }

  /** Not a {@link Caller}: tenant services refuse an operator before touching any data. */
  static SignedIn operator(UUID operatorId) {
    return new SignedIn(PrincipalNames.ofOperator(operatorId), Roles.OPERATOR, false);
  }

  SignedIn withSecondFactorDue() {
    return new SignedIn(principalName, group, true);
  }

  /** The audit log's record of a step of this sign-in: the account's own row. */
  AuditEvent event(RequestOrigin origin, String event) {
    return AuditEvent.ofOwnAccount(Actor.of(principalName, origin), event);
  }
}
