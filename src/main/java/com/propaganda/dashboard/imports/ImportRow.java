package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallDraft;
import java.util.UUID;

/**
 * One row of the file that keeps the call's rules, as the call it writes.
 *
 * @param callId the call the row's Id column names, to update; null for none
 * @param newLossReason a loss reason the row names that the catalogue lacks and the import adds
 */
record ImportRow(long number, CallDraft call, UUID callId, String newLossReason) {

  /** Where the row was, for "likely duplicate" checks: the prospect's email or phone and when. */
  boolean canLookLikeAnother() {
    return call.getScheduledAt() != null
        && (call.getProspectEmail() != null || call.getProspectPhone() != null);
  }
}
