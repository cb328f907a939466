package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as the team page lists them. */
public record TeamMember(
    UUID id,
    String name,
    String email,
    Role role,
    boolean active,
    OffsetDateTime lastLogin,
    OffsetDateTime secondFactorSince)
    implements Serializable {

  public boolean hasSecondFactor() {
    return secondFactorSince != null;
  }
}
