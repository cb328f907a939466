package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
// Names the interface again: EclipseLink reads the column type from the class's own interfaces.
public class CallOutcomeConverter extends DatabaseCodeConverter<CallOutcome>
    implements AttributeConverter<CallOutcome, String> {
  public CallOutcomeConverter() {
    super(CallOutcome.class);
  }
}
