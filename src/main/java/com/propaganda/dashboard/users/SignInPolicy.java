package com.propaganda.dashboard.users;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.SessionLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A client's sign-in policy besides single sign-on: the roles that must use a second factor, how
 * long sessions last within the product's bounds, and whether API keys may be made and used.
 */
public record SignInPolicy(
    Set<Role> secondFactorRoles, int sessionIdleMinutes, int sessionHours, boolean apiKeysAllowed) {

  public static SignInPolicy of(Client client) {
    return new SignInPolicy(
        client.getSecondFactorRoles(),
        client.getSessionIdleMinutes(),
        client.getSessionHours(),
        client.allowsApiKeys());
  }

  /**
   * Sets this policy on the client.
   *
   * @throws InvalidInputException naming each limit outside the product's bounds
   */
  public void applyTo(Client client) {
    check();
    client.requireSecondFactorFor(secondFactorRoles);
    client.limitSessions(sessionIdleMinutes, sessionHours);
    client.allowApiKeys(apiKeysAllowed);
  }

  private void check() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!SessionLimits.idleMinutesAllowed(sessionIdleMinutes)) {
      problems.put(
          "sessionIdleMinutes",
          "Between "
              + SessionLimits.MIN_IDLE_MINUTES
              + " and "
              + SessionLimits.MAX_IDLE_MINUTES
              + " minutes");
    }
    if (!SessionLimits.hoursAllowed(sessionHours)) {
      problems.put(
          "sessionHours",
          "Between " + SessionLimits.MIN_HOURS + " and " + SessionLimits.MAX_HOURS + " hours");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
