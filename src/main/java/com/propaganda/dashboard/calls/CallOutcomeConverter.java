package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCodeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CallOutcomeConverter extends DatabaseCodeConverter<CallOutcome> {
  public CallOutcomeConverter() {
    super(CallOutcome.class);
  }
}
