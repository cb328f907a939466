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
 * The outcome of a right password: the caller principal's name, the one group (role), and what is
 * still due: a code from the account's authenticator before it is signed in, or the setup of one
 * before it reaches anything else.
 */
public record SignedIn(String principalName, String group, StillDue stillDue)
    implements Serializable {

  /** What a sign-in still needs after the password. */
  public enum StillDue {
    NOTHING,
    SECOND_FACTOR,
    SECOND_FACTOR_SETUP
  }

  static SignedIn user(Caller caller, Role role) {
    return new SignedIn(caller.principalName(), role.code(), StillDue.NOTHING);
  }

  /** Not a {@link Caller}: tenant services refuse an operator before touching any data. */
  static SignedIn operator(UUID operatorId) {
    return new SignedIn(PrincipalNames.ofOperator(operatorId), Roles.OPERATOR, StillDue.NOTHING);
  }

  SignedIn with(StillDue due) {
    return new SignedIn(principalName, group, due);
  }

  /** The audit log's record of a step of this sign-in: the account's own row. */
  AuditEvent event(RequestOrigin origin, String event) {
    return AuditEvent.ofOwnAccount(Actor.of(principalName, origin), event);
  }
}
