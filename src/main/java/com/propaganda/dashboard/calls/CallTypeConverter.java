package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCodeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CallTypeConverter extends DatabaseCodeConverter<CallType> {
  public CallTypeConverter() {
    super(CallType.class);
  }
}
