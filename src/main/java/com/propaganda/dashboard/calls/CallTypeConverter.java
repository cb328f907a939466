package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
// Names the interface again: EclipseLink reads the column type from the class's own interfaces.
public class CallTypeConverter extends DatabaseCodeConverter<CallType>
    implements AttributeConverter<CallType, String> {
  public CallTypeConverter() {
    super(CallType.class);
  }
}
