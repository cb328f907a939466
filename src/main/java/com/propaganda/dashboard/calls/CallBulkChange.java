package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.util.UUID;

/**
 * What a bulk edit sets on every selected call; a null status or outcome leaves it as it is, and
 * the loss reason changes only when {@code changeLossReason} (to none when its id is null).
 */
public record CallBulkChange(
    CallStatus status, CallOutcome outcome, boolean changeLossReason, UUID lossReasonId)
    implements Serializable {

  public boolean changesNothing() {
    return status == null && outcome == null && !changeLossReason;
  }

  /** The call as it would be after the change, to check against the form's rules. */
  CallDraft appliedTo(CallDraft draft) {
    if (status != null) {
      draft.setStatus(status);
    }
    if (outcome != null) {
      draft.setOutcome(outcome);
    }
    if (changeLossReason) {
      draft.setLossReasonId(lossReasonId);
    }
    return draft;
  }
}
