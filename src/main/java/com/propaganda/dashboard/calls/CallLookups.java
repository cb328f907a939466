package com.propaganda.dashboard.calls;

import java.util.UUID;

/**
 * What {@link CallPolicy} asks of the client's people and catalogue. A single call asks one at a
 * time ({@link LookupsOneAtATime}); the import answers a whole file from what it read once.
 */
public interface CallLookups {

  /** Whether a call may be given the user or loss reason now. */
  enum Offer {
    /** An active sales rep; an active loss reason. */
    OFFERED,
    /** A rep who left or changed role, a retired reason: kept on calls that have it. */
    WITHDRAWN,
    /** Not the client's. */
    UNKNOWN
  }

  Offer rep(UUID userId);

  Offer lossReason(UUID reasonId);
}
