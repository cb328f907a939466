package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Which calls a list shows. Empty fields do not filter; dates are the client's days (in its time
 * zone) of when the call was placed (scheduled, else logged), both inclusive. Outcome {@code TBD}
 * also matches calls without an outcome: both are undecided.
 */
public class CallFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private CallStatus status;
  private CallOutcome outcome;
  private CallType type;
  private UUID repId;
  private UUID lossReasonId;
  private boolean withoutLossReason;
  private LocalDate placedFrom;
  private LocalDate placedTo;
  private String search;
  private OffsetDateTime updatedSince;
  private boolean fromReport;

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

  /** Lost calls that were given no reason. */
  public boolean isWithoutLossReason() {
    return withoutLossReason;
  }

  public void setWithoutLossReason(boolean withoutLossReason) {
    this.withoutLossReason = withoutLossReason;
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
  /** Calls changed at or after this instant only; the API's way to sync. */
  public OffsetDateTime getUpdatedSince() {
    return updatedSince;
  }

  public void setUpdatedSince(OffsetDateTime updatedSince) {
    this.updatedSince = updatedSince;
  }

  /**
   * Whether the list was opened from a report's figure: it then reads where reports read, so its
   * count is the figure's even while the replica is behind the primary.
   */
  public boolean isFromReport() {
    return fromReport;
  }

  public void setFromReport(boolean fromReport) {
    this.fromReport = fromReport;
  }

  public List<Serializable> state() {
    return Arrays.<Serializable>asList(
        fromReport,
        updatedSince,
        status,
        outcome,
        type,
        repId,
        lossReasonId,
        withoutLossReason,
        placedFrom,
        placedTo,
        search);
  }

  /**
   * The filter as the query string of a link to the call list, the search box's term included, in
   * the language {@link CallFilterQuery} reads.
   */
  public String toQuery() {
    List<String> pairs = new ArrayList<>();
    add(pairs, "status", status == null ? null : status.name());
    add(pairs, "outcome", outcome == null ? null : outcome.name());
    add(pairs, "type", type == null ? null : type.name());
    add(pairs, "rep_id", repId);
    add(pairs, "loss_reason_id", lossReasonId);
    add(pairs, "without_loss_reason", withoutLossReason ? "true" : null);
    add(pairs, "from", placedFrom);
    add(pairs, "to", placedTo);
    add(pairs, "q", search == null || search.isBlank() ? null : search);
    add(pairs, "report", fromReport ? "true" : null);
    return String.join("&", pairs);
  }

  private static void add(List<String> pairs, String name, Object value) {
    if (value != null) {
      pairs.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
