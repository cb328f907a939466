package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A call as the call list shows it; placedAt is when it was scheduled, else logged. */
public record CallRow(
    UUID id,
    OffsetDateTime placedAt,
    String prospectName,
    String repName,
    CallType type,
    CallStatus status,
    CallOutcome outcome,
    String lossReason,
    Integer durationSeconds)
    implements Serializable {

  /** The same row with its time at the offset of the given zone, as the client reads it. */
  CallRow inZone(ZoneId zone) {
    return new CallRow(
        id,
        placedAt.atZoneSameInstant(zone).toOffsetDateTime(),
        prospectName,
        repName,
        type,
        status,
        outcome,
        lossReason,
        durationSeconds);
  }
}
