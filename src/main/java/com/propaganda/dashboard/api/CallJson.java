package com.propaganda.dashboard.api;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallPatch;
import com.propaganda.dashboard.calls.CallRecord;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A call in the API's JSON, and a request's fields as changes to a call's form. */
final class CallJson {

  static final Set<String> WRITABLE =
      Set.of(
          "rep_id",
          "prospect_name",
          "prospect_email",
          "prospect_phone",
          "type",
          "status",
          "outcome",
          "loss_reason_id",
          "notes",
          "duration_seconds",
          "scheduled_at",
          "completed_at");

  private CallJson() {}

  static JsonObject of(CallRecord call) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "id", call.id());
    ApiJson.add(json, "rep_id", call.repId());
    ApiJson.add(json, "rep_name", call.repName());
    ApiJson.add(json, "prospect_name", call.prospectName());
    ApiJson.add(json, "prospect_email", call.prospectEmail());
    ApiJson.add(json, "prospect_phone", call.prospectPhone());
    ApiJson.add(json, "type", call.type());
    ApiJson.add(json, "status", call.status());
    ApiJson.add(json, "outcome", call.outcome());
    ApiJson.add(json, "loss_reason_id", call.lossReasonId());
    ApiJson.add(json, "loss_reason_name", call.lossReasonName());
    ApiJson.add(json, "notes", call.notes());
    ApiJson.add(json, "duration_seconds", call.durationSeconds());
    ApiJson.add(json, "scheduled_at", call.scheduledAt());
    ApiJson.add(json, "completed_at", call.completedAt());
    ApiJson.add(json, "placed_at", call.placedAt());
    ApiJson.add(json, "created_at", call.createdAt());
    ApiJson.add(json, "updated_at", call.updatedAt());
    return json.build();
  }

  /** The fields the body names, each as a change; a field it leaves out stays as it is. */
  static CallPatch patch(JsonObject body) {
    JsonFields fields = new JsonFields(body, WRITABLE);
    List<Consumer<CallDraft>> changes = new ArrayList<>();
    if (fields.has("rep_id")) {
      var rep = fields.id("rep_id");
      changes.add(draft -> draft.setOwnerId(rep));
    }
    if (fields.has("prospect_name")) {
      String name = fields.text("prospect_name");
      changes.add(draft -> draft.setProspectName(name));
    }
    if (fields.has("prospect_email")) {
      String email = fields.text("prospect_email");
      changes.add(draft -> draft.setProspectEmail(email));
    }
    if (fields.has("prospect_phone")) {
      String phone = fields.text("prospect_phone");
      changes.add(draft -> draft.setProspectPhone(phone));
    }
    if (fields.has("type")) {
      CallType type = fields.code("type", CallType.class);
      changes.add(draft -> draft.setType(type));
    }
    if (fields.has("status")) {
      CallStatus status = fields.code("status", CallStatus.class);
      changes.add(draft -> draft.setStatus(status));
    }
    if (fields.has("outcome")) {
      CallOutcome outcome = fields.code("outcome", CallOutcome.class);
      changes.add(draft -> draft.setOutcome(outcome));
    }
    if (fields.has("loss_reason_id")) {
      var reason = fields.id("loss_reason_id");
      changes.add(draft -> draft.setLossReasonId(reason));
    }
    if (fields.has("notes")) {
      String notes = fields.text("notes");
      changes.add(draft -> draft.setNotes(notes));
    }
    if (fields.has("duration_seconds")) {
      Integer seconds = fields.integer("duration_seconds");
      changes.add(draft -> draft.setDurationSeconds(seconds));
    }
    if (fields.has("scheduled_at")) {
      OffsetDateTime at = fields.time("scheduled_at");
      changes.add(draft -> draft.setScheduledAt(at));
    }
    if (fields.has("completed_at")) {
      OffsetDateTime at = fields.time("completed_at");
      changes.add(draft -> draft.setCompletedAt(at));
    }
    fields.check();
    return new CallPatch(List.copyOf(changes));
  }
}
