package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts the tenant check found current during this request. A page calls several services,
 * each in a transaction of its own, and each checked the account again: two statements per call, a
 * dozen on the call list. Within one request the first check holds; a deactivated user, a changed
 * role or a deactivated client is refused from the next request on.
 */
@RequestScoped
public class CheckedAccounts {

  /** What the check found: the user's role and the client's time zone. */
  record Checked(Role role, ZoneId zone) {}

  private final Map<UUID, Checked> checked = new HashMap<>();

  Optional<Checked> of(UUID userId) {
    return Optional.ofNullable(checked.get(userId));
  }

  void found(UUID userId, Checked account) {
    checked.put(userId, account);
  }
}
