package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.testsupport.EveryCallField;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The field registry reaches the form, the draft and the export: each test fails when a field is
 * missing at its door. The API and the import have theirs ({@code CallJsonTest}, {@code
 * RowCheckerTest}).
 */
class CallFieldTest {

  static final UUID ID = UUID.fromString("0d000000-0000-4000-8000-0000000000f1");

  @Test
  void theCallFormHasAnInputForEveryEditableField() throws IOException {
    String form = Files.readString(Path.of("webapp/app/call.xhtml"));
    for (CallField field : CallField.editable()) {
      assertTrue(form.contains("id=\"" + field.formInput() + "\""), field.name());
    }
  }

  @Test
  void aDraftHoldsEveryFieldButTheIdAndItsCopyKeepsEach() throws ReflectiveOperationException {
    CallDraft draft = new CallDraft();
    List<CallField> held = new ArrayList<>(List.of(CallField.values()));
    held.remove(CallField.ID);
    for (CallField field : held) {
      Method getter = EveryCallField.getter(field);
      Method setter =
          CallDraft.class.getMethod("set" + getter.getName().substring(3), getter.getReturnType());
      setter.invoke(draft, sample(getter.getReturnType()));
    }
    CallDraft copy = draft.copy();
    for (CallField field : held) {
      Object value = EveryCallField.getter(field).invoke(copy);
      assertNotNull(value, field.name());
      assertEquals(EveryCallField.getter(field).invoke(draft), value, field.name());
    }
  }

  @Test
  void theExportWritesEveryFieldUnderItsHeader() {
    List<List<String>> rows = new ArrayList<>();
    CallExport.rows(
        after -> after == null ? List.of(EveryCallField.record()) : List.of(), 10, rows::add);
    assertEquals(CallField.headers(), rows.get(0));
    for (int column = 0; column < CallField.values().length; column++) {
      assertFalse(rows.get(1).get(column).isEmpty(), CallField.values()[column].name());
    }
  }

  @Test
  void everyFieldHasItsOwnNameAtEachDoor() {
    for (CallField field : CallField.values()) {
      for (CallField other : CallField.values()) {
        if (field != other) {
          assertNotEquals(field.apiName(), other.apiName());
          assertNotEquals(field.header(), other.header());
        }
      }
    }
  }

  private static Object sample(Class<?> type) {
    if (type == UUID.class) {
      return ID;
    }
    if (type == Integer.class) {
      return 60;
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.parse("2026-03-01T09:30:00+01:00");
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return "sample@example.com";
  }
}
