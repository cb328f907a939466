package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
// Names the interface again: EclipseLink reads the column type from the class's own interfaces.
public class CallStatusConverter extends DatabaseCodeConverter<CallStatus>
    implements AttributeConverter<CallStatus, String> {
  public CallStatusConverter() {
    super(CallStatus.class);
  }
}
