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
    OffsetDateTime updatedAt) {

  /** The field's value as the call holds it: the rep and the loss reason by id. */
  public Object valueOf(CallField field) {
    return switch (field) {
      case ID -> id;
      case EXTERNAL_ID -> externalId;
      case PROSPECT_NAME -> prospectName;
      case PROSPECT_EMAIL -> prospectEmail;
      case PROSPECT_PHONE -> prospectPhone;
      case TYPE -> type;
      case STATUS -> status;
      case OUTCOME -> outcome;
      case LOSS_REASON -> lossReasonId;
      case REP -> repId;
      case SCHEDULED_AT -> scheduledAt;
      case COMPLETED_AT -> completedAt;
      case DURATION -> durationSeconds;
      case NOTES -> notes;
    };
  }
}
