package com.propaganda.dashboard.apikeys;

import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a key may do, within its owner's role; the codes are the ones stored and documented. */
public enum ApiScope {
  CALLS_READ(
      KeyScopes.CALLS_READ, "Read calls, loss reasons and users", EnumSet.of(Role.CEO, Role.ADMIN)),
  CALLS_WRITE(
      KeyScopes.CALLS_WRITE, "Log, change and delete calls", EnumSet.of(Role.CEO, Role.ADMIN)),
  LOSS_REASONS_WRITE(
      KeyScopes.LOSS_REASONS_WRITE,
      "Change the loss reason catalogue",
      EnumSet.of(Role.CEO, Role.ADMIN)),
  REPORTS_READ(
      KeyScopes.REPORTS_READ, "Read the dashboard figures", EnumSet.of(Role.CEO, Role.ADMIN)),
  AUDIT_READ(KeyScopes.AUDIT_READ, "Read the audit log", EnumSet.of(Role.CEO));

  private final String code;
  private final String label;
  private final Set<Role> roles;

  ApiScope(String code, String label, Set<Role> roles) {
    this.code = code;
    this.label = label;
    this.roles = roles;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether a key of a user with this role may carry the scope. */
  public boolean allows(Role role) {
    return roles.contains(role);
  }

  public static Optional<ApiScope> of(String code) {
    return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
  }

  /** The scopes a user of this role may give a key, in the order the page lists them. */
  public static Collection<ApiScope> grantableBy(Role role) {
    return Arrays.stream(values()).filter(scope -> scope.allows(role)).toList();
  }
}
