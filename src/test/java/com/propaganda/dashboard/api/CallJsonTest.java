package com.propaganda.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallField;
import com.propaganda.dashboard.calls.CallRecord;
import com.propaganda.dashboard.platform.DatabaseCode;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.testsupport.EveryCallField;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The API's door of the field registry: each test fails when the API leaves a field out. */
class CallJsonTest {

  @Test
  void everyEditableFieldIsTakenFromABodyThatNamesIt() throws ReflectiveOperationException {
    for (CallField field : CallField.editable()) {
      Method getter = EveryCallField.getter(field);
      JsonObject body = body(field.apiName(), getter.getReturnType());
      CallDraft draft = new CallDraft();
      CallJson.patch(body).changes().forEach(change -> change.accept(draft));
      assertNotNull(getter.invoke(draft), field.name());
    }
  }

  @Test
  void everyFieldIsAnswered() {
    CallRecord call = EveryCallField.record();
    JsonObject json = CallJson.of(call);
    for (CallField field : CallField.values()) {
      assertFalse(json.isNull(field.apiName()), field.name());
    }
  }

  /** A body that names only the field, with a value of its type. */
  private static JsonObject body(String name, Class<?> type) {
    JsonObjectBuilder body = JsonFactory.object();
    if (type == Integer.class) {
      return body.add(name, 60).build();
    }
    if (type == UUID.class) {
      return body.add(name, UUID.randomUUID().toString()).build();
    }
    if (type == OffsetDateTime.class) {
      return body.add(name, "2026-03-01T09:30:00+01:00").build();
    }
    if (type.isEnum()) {
      return body.add(name, ((DatabaseCode) type.getEnumConstants()[0]).code()).build();
    }
    return body.add(name, "sample@example.com").build();
  }
}
