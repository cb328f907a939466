package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCode;

/** The result of a completed call; {@code TBD} while the deal is still open. */
public enum CallOutcome implements DatabaseCode {
  WON,
  LOST,
  TBD
}
