package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.platform.Timestamps;

/** The rules of {@link CallPolicy} that need nothing but the call itself. */
final class CallRules {

  static final int MAX_DURATION_SECONDS = 86_400;
  static final int MAX_NOTES = 10_000;
  static final int MAX_EXTERNAL_ID = 200;

  private CallRules() {}

  static FieldErrors check(CallDraft call) {
    return check(call, new FieldErrors());
  }

  /** Adds the call's violations to {@code errors}, after those already there. */
  static FieldErrors check(CallDraft call, FieldErrors errors) {
    errors
        .required("prospectName", call.getProspectName(), "Enter the prospect's name")
        .maxLength("prospectName", call.getProspectName(), 255)
        .maxLength("prospectEmail", call.getProspectEmail(), 255)
        .email("prospectEmail", call.getProspectEmail())
        .maxLength("prospectPhone", call.getProspectPhone(), 50)
        .phone("prospectPhone", call.getProspectPhone())
        .required("type", call.getType(), "Choose inbound or outbound")
        .required("status", call.getStatus(), "Choose what happened")
        .maxLength("notes", call.getNotes(), MAX_NOTES)
        .maxLength("externalId", call.getExternalId(), MAX_EXTERNAL_ID);
    checkOutcome(call, errors);
    checkTimes(call, errors);
    return errors;
  }

  private static void checkOutcome(CallDraft call, FieldErrors errors) {
    CallOutcome outcome = call.getOutcome();
    boolean decided = outcome == CallOutcome.WON || outcome == CallOutcome.LOST;
    errors.rejectIf(
        decided && call.getStatus() != CallStatus.COMPLETED,
        "outcome",
        "Only a completed call can be won or lost");
    errors.rejectIf(
        outcome == CallOutcome.LOST && call.getLossReasonId() == null,
        "lossReasonId",
        "Choose why the deal was lost");
    errors.rejectIf(
        outcome != CallOutcome.LOST && call.getLossReasonId() != null,
        "lossReasonId",
        "A loss reason belongs to a lost call only");
  }

  private static void checkTimes(CallDraft call, FieldErrors errors) {
    Integer duration = call.getDurationSeconds();
    errors.rejectIf(
        duration != null && (duration < 0 || duration > MAX_DURATION_SECONDS),
        "durationSeconds",
        "Duration must be between 0 and 24 hours");
    errors.rejectIf(
        call.getScheduledAt() != null && !Timestamps.storable(call.getScheduledAt()),
        "scheduledAt",
        Timestamps.OUT_OF_RANGE);
    errors.rejectIf(
        call.getCompletedAt() != null && !Timestamps.storable(call.getCompletedAt()),
        "completedAt",
        Timestamps.OUT_OF_RANGE);
    errors.rejectIf(
        call.getScheduledAt() != null
            && call.getCompletedAt() != null
            && call.getCompletedAt().isBefore(call.getScheduledAt()),
        "completedAt",
        "Completed cannot be before scheduled");
  }
}
