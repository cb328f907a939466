package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** Which calls a list shows. Empty fields do not filter; dates are UTC days, both inclusive. */
public class CallFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private CallStatus status;
  private CallOutcome outcome;
  private CallType type;
  private UUID repId;
  private UUID lossReasonId;
  private LocalDate scheduledFrom;
  private LocalDate scheduledTo;
  private String search;

  public CallStatus getStatus() {
    return status;
  }

  public void setStatus(CallStatus status) {
    this.status = status;
  }

  public CallOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CallOutcome outcome) {
    this.outcome = outcome;
  }

  public CallType getType() {
    return type;
  }

  public void setType(CallType type) {
    this.type = type;
  }

  public UUID getRepId() {
    return repId;
  }

  public void setRepId(UUID repId) {
    this.repId = repId;
  }

  public UUID getLossReasonId() {
    return lossReasonId;
  }

  public void setLossReasonId(UUID lossReasonId) {
    this.lossReasonId = lossReasonId;
  }

  public LocalDate getScheduledFrom() {
    return scheduledFrom;
  }

  public void setScheduledFrom(LocalDate scheduledFrom) {
    this.scheduledFrom = scheduledFrom;
  }

  public LocalDate getScheduledTo() {
    return scheduledTo;
  }

  public void setScheduledTo(LocalDate scheduledTo) {
    this.scheduledTo = scheduledTo;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
