package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.users.User;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The lookups of one call, each a read by id within the caller's client. */
final class LookupsOneAtATime implements CallLookups {

  private final EntityManager entityManager;

  LookupsOneAtATime(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Offer rep(UUID userId) {
    User user = entityManager.find(User.class, userId);
    if (user == null) {
      return Offer.UNKNOWN;
    }
    return user.isActive() && user.getRole() == Role.SALES ? Offer.OFFERED : Offer.WITHDRAWN;
  }

  @Override
  public Offer lossReason(UUID reasonId) {
    LossReason reason = entityManager.find(LossReason.class, reasonId);
    if (reason == null) {
      return Offer.UNKNOWN;
    }
    return reason.isActive() ? Offer.OFFERED : Offer.WITHDRAWN;
  }
}
