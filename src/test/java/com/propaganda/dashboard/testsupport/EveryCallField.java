package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.calls.CallDraft;
import com.propaganda.dashboard.calls.CallField;
import com.propaganda.dashboard.calls.CallOutcome;
import com.propaganda.dashboard.calls.CallRecord;
import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallType;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** For the tests of the field registry's doors: a call with every field, a field's getter. */
public final class EveryCallField {

  private EveryCallField() {}

  /** A call whose every field has a value. */
  public static CallRecord record() {
    OffsetDateTime at = OffsetDateTime.parse("2026-03-01T09:30:00+01:00");
    return new CallRecord(
        UUID.randomUUID(),
        "crm-1",
        UUID.randomUUID(),
        "Rep One",
        "rep@example.com",
        "Dana Prospect",
        "dana@example.com",
        "+1 555 0100",
        CallType.OUTBOUND,
        CallStatus.COMPLETED,
        CallOutcome.LOST,
        UUID.randomUUID(),
        "Price",
        "Call back in May",
        300,
        at,
        at.plusMinutes(5),
        at,
        at,
        at);
  }

  /** The draft's getter of the field's property. */
  public static Method getter(CallField field) throws NoSuchMethodException {
    String property = field.property();
    return CallDraft.class.getMethod(
        "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1));
  }
}
