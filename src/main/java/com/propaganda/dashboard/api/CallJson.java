package com.propaganda.dashboard.api;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallField;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallPatch;
import com.propaganda.dashboard.calls.CallRecord;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A call in the API's JSON, and a request's fields as changes to a call's form. */
final class CallJson {

  /** A call's fields as people and systems set them: those the form shows. */
  static final Set<String> WRITABLE =
      CallField.editable().stream().map(CallField::apiName).collect(Collectors.toSet());

  private CallJson() {}

  static JsonObject of(CallRecord call) {
    JsonObjectBuilder json = JsonFactory.object();
    for (CallField field : CallField.values()) {
      ApiJson.add(json, field.apiName(), call.valueOf(field));
    }
    ApiJson.add(json, "rep_name", call.repName());
    ApiJson.add(json, "loss_reason_name", call.lossReasonName());
    ApiJson.add(json, "placed_at", call.placedAt());
    ApiJson.add(json, "created_at", call.createdAt());
    ApiJson.add(json, "updated_at", call.updatedAt());
    return json.build();
  }

  /** The fields the body names, each as a change; a field it leaves out stays as it is. */
  static CallPatch patch(JsonObject body) {
    JsonFields fields = new JsonFields(body, WRITABLE);
    List<Consumer<CallDraft>> changes = new ArrayList<>();
    for (CallField field : CallField.editable()) {
      if (fields.has(field.apiName())) {
        changes.add(change(fields, field));
      }
    }
    fields.check();
    return new CallPatch(List.copyOf(changes));
  }

  /** The field's value read from the body, as a change to the call. */
  private static Consumer<CallDraft> change(JsonFields fields, CallField field) {
    String name = field.apiName();
    return switch (field) {
      case ID, EXTERNAL_ID -> throw new IllegalArgumentException(name + " is not editable");
      case REP -> set(fields.id(name), CallDraft::setOwnerId);
      case PROSPECT_NAME -> set(fields.text(name), CallDraft::setProspectName);
      case PROSPECT_EMAIL -> set(fields.text(name), CallDraft::setProspectEmail);
      case PROSPECT_PHONE -> set(fields.text(name), CallDraft::setProspectPhone);
      case TYPE -> set(fields.code(name, CallType.class), CallDraft::setType);
      case STATUS -> set(fields.code(name, CallStatus.class), CallDraft::setStatus);
      case OUTCOME -> set(fields.code(name, CallOutcome.class), CallDraft::setOutcome);
      case LOSS_REASON -> set(fields.id(name), CallDraft::setLossReasonId);
      case NOTES -> set(fields.text(name), CallDraft::setNotes);
      case DURATION -> set(fields.integer(name), CallDraft::setDurationSeconds);
      case SCHEDULED_AT -> set(fields.time(name), CallDraft::setScheduledAt);
      case COMPLETED_AT -> set(fields.time(name), CallDraft::setCompletedAt);
    };
  }

  private static <T> Consumer<CallDraft> set(T value, BiConsumer<CallDraft, T> setter) {
    return draft -> setter.accept(draft, value);
  }
}
