package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCode;

/** Whether the call took place. */
public enum CallStatus implements DatabaseCode {
  COMPLETED,
  NO_SHOW,
  RESCHEDULED
}
