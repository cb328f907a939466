package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCode;

/** Who started the call. */
public enum CallType implements DatabaseCode {
  INBOUND,
  OUTBOUND
}
