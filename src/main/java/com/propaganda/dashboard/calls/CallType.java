package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCode;

/** Who started the call. */
public enum CallType implements DatabaseCode {
  INBOUND,
  OUTBOUND
}
