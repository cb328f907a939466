package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A client's sign-in policy as a page edits it, for the ceo's page and the agency's dialog alike.
 */
public class PolicyFields implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The client id of each field's input in a form that includes sign-in-policy-fields.xhtml. */
  public static Map<String, String> fieldIds(String form) {
    return Map.of(
        "sessionIdleMinutes", form + ":session-idle-minutes",
        "sessionHours", form + ":session-hours");
  }

  /** The codes of the chosen roles, as the check boxes post them. */
  private String[] secondFactorRoles = new String[0];

  private Integer sessionIdleMinutes;

  private Integer sessionHours;

  private boolean apiKeysAllowed;

  public void show(SignInPolicy policy) {
    secondFactorRoles = policy.secondFactorRoles().stream().map(Role::code).toArray(String[]::new);
    sessionIdleMinutes = policy.sessionIdleMinutes();
    sessionHours = policy.sessionHours();
    apiKeysAllowed = policy.apiKeysAllowed();
  }

  /** What was chosen; a limit left empty is out of bounds, and the service says so. */
  public SignInPolicy typed() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    List<String> chosen = Arrays.asList(secondFactorRoles);
    Arrays.stream(Role.values()).filter(role -> chosen.contains(role.code())).forEach(roles::add);
    return new SignInPolicy(
        roles,
        sessionIdleMinutes == null ? 0 : sessionIdleMinutes,
        sessionHours == null ? 0 : sessionHours,
        apiKeysAllowed);
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public String[] getSecondFactorRoles() {
    return secondFactorRoles.clone();
  }

  public void setSecondFactorRoles(String[] secondFactorRoles) {
    this.secondFactorRoles = secondFactorRoles == null ? new String[0] : secondFactorRoles.clone();
  }

  public Integer getSessionIdleMinutes() {
    return sessionIdleMinutes;
  }

  public void setSessionIdleMinutes(Integer sessionIdleMinutes) {
    this.sessionIdleMinutes = sessionIdleMinutes;
  }

  public Integer getSessionHours() {
    return sessionHours;
  }

  public void setSessionHours(Integer sessionHours) {
    this.sessionHours = sessionHours;
  }

  public boolean isApiKeysAllowed() {
    return apiKeysAllowed;
  }

  public void setApiKeysAllowed(boolean apiKeysAllowed) {
    this.apiKeysAllowed = apiKeysAllowed;
  }
}
