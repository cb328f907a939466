package com.propaganda.dashboard.imports;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The client's reps by email and loss reasons by name, read once per import: a file's rows name
 * them by text.
 *
 * @param reps every user of the client by lower-case email
 * @param lossReasons every loss reason of the client by lower-case name
 */
record ClientLookups(Map<String, Rep> reps, Map<String, Reason> lossReasons) {

  /** A user of the client: only an active sales rep is given calls. */
  record Rep(UUID id, boolean assignable) {}

  record Reason(UUID id, boolean active) {}

  Rep rep(String email) {
    return reps.get(email.strip().toLowerCase(Locale.ROOT));
  }

  Reason lossReason(String name) {
    return lossReasons.get(key(name));
  }

  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
