package com.propaganda.dashboard.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The fixed choices of call forms and filters. */
@Named
@ApplicationScoped
public class CallChoices {

  public CallStatus[] getStatuses() {
    return CallStatus.values();
  }

  public CallOutcome[] getOutcomes() {
    return CallOutcome.values();
  }

  public CallType[] getTypes() {
    return CallType.values();
  }
}
