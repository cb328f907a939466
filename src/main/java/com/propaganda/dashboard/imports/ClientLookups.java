package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallLookups;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The client's reps and loss reasons, read once per import: a file names them by text (a rep by
 * email, a reason by name), and {@link com.propaganda.dashboard.calls.CallPolicy} asks about each
 * row's choice from here instead of the database.
 */
final class ClientLookups implements CallLookups {

  /** Stands for a loss reason the import will add: offered, as it will be. */
  static final UUID REASON_TO_ADD = new UUID(0, 1);

  private final Map<String, UUID> repsByEmail = new HashMap<>();
  private final Map<UUID, Offer> reps = new HashMap<>();
  private final Map<String, UUID> reasonsByName = new HashMap<>();
  private final Map<UUID, Offer> reasons = new HashMap<>(Map.of(REASON_TO_ADD, Offer.OFFERED));

  void addRep(UUID id, String email, boolean assignable) {
    repsByEmail.put(key(email), id);
    reps.put(id, assignable ? Offer.OFFERED : Offer.WITHDRAWN);
  }

  void addLossReason(UUID id, String name, boolean active) {
    reasonsByName.put(key(name), id);
    reasons.put(id, active ? Offer.OFFERED : Offer.WITHDRAWN);
  }

  /** The user of the client with this email, whatever their role; null for none. */
  UUID repId(String email) {
    return repsByEmail.get(key(email));
  }

  /** The client's loss reason of this name, active or not; null for none. */
  UUID lossReasonId(String name) {
    return reasonsByName.get(key(name));
  }

  @Override
  public Offer rep(UUID userId) {
    return reps.getOrDefault(userId, Offer.UNKNOWN);
  }

  @Override
  public Offer lossReason(UUID reasonId) {
    return reasons.getOrDefault(reasonId, Offer.UNKNOWN);
  }

  /** Names and emails match whatever their case and surrounding spaces. */
  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
