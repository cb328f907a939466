package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Which calls a list shows. Empty fields do not filter; dates are UTC days of when the call was
 * placed (scheduled, else logged), both inclusive.
 */
public class CallFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private CallStatus status;
  private CallOutcome outcome;
  private CallType type;
  private UUID repId;
  private UUID lossReasonId;
  private LocalDate placedFrom;
  private LocalDate placedTo;
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

  public LocalDate getPlacedFrom() {
    return placedFrom;
  }

  public void setPlacedFrom(LocalDate placedFrom) {
    this.placedFrom = placedFrom;
  }

  public LocalDate getPlacedTo() {
    return placedTo;
  }

  public void setPlacedTo(LocalDate placedTo) {
    this.placedTo = placedTo;
  }

  /** A value to compare filters by, for knowing when a cached count is stale. */
  public Object state() {
    return java.util.Arrays.asList(
        status, outcome, type, repId, lossReasonId, placedFrom, placedTo, search);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
