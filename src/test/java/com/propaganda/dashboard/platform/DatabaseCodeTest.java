package com.propaganda.dashboard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.calls.CallStatus;
import com.propaganda.dashboard.calls.CallStatusConverter;
import com.propaganda.dashboard.identity.Role;
import org.junit.jupiter.api.Test;

class DatabaseCodeTest {

  @Test
  void codesAreTheSchemasSpelling() {
    assertEquals("no-show", CallStatus.NO_SHOW.code());
    assertEquals("ceo", Role.CEO.code());
  }

  @Test
  void theConverterReadsBackWhatItWrites() {
    CallStatusConverter converter = new CallStatusConverter();
    for (CallStatus status : CallStatus.values()) {
      assertEquals(
          status, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(status)));
    }
    assertThrows(
        IllegalArgumentException.class, () -> converter.convertToEntityAttribute("NO_SHOW"));
  }
}
