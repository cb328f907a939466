package com.propaganda.dashboard.calls;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Everything about one call, times in the client's offset: what the API lists and answers. */
public record CallRecord(
    UUID id,
    String externalId,
    UUID repId,
    String repName,
    String repEmail,
    String prospectName,
    String prospectEmail,
    String prospectPhone,
    CallType type,
    CallStatus status,
    CallOutcome outcome,
    UUID lossReasonId,
    String lossReasonName,
    String notes,
    Integer durationSeconds,
    OffsetDateTime scheduledAt,
    OffsetDateTime completedAt,
    OffsetDateTime placedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
