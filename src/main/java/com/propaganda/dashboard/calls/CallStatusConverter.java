package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCodeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CallStatusConverter extends DatabaseCodeConverter<CallStatus> {
  public CallStatusConverter() {
    super(CallStatus.class);
  }
}
