package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallType;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** What a dashboard covers: a period, and optionally one rep and one call type. */
public class DashboardFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days after which a completed call still undecided joins the outcome queue, by default. */
  public static final int DEFAULT_UNDECIDED_DAYS = 3;

  private PeriodPreset preset = PeriodPreset.LAST_30_DAYS;
  private LocalDate from;
  private LocalDate to;
  private UUID repId;
  private CallType type;
  private int undecidedDays = DEFAULT_UNDECIDED_DAYS;

  /** The same filter narrowed to one rep. */
  DashboardFilter forRep(UUID rep) {
    DashboardFilter copy = new DashboardFilter();
    copy.preset = preset;
    copy.from = from;
    copy.to = to;
    copy.repId = rep;
    copy.type = type;
    copy.undecidedDays = undecidedDays;
    return copy;
  }

  public PeriodPreset getPreset() {
    return preset;
  }

  public void setPreset(PeriodPreset preset) {
    this.preset = preset == null ? PeriodPreset.LAST_30_DAYS : preset;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public UUID getRepId() {
    return repId;
  }

  public void setRepId(UUID repId) {
    this.repId = repId;
  }

  public CallType getType() {
    return type;
  }

  public void setType(CallType type) {
    this.type = type;
  }

  public int getUndecidedDays() {
    return undecidedDays;
  }

  /** At least one day: a call is not overdue on the day it happened. */
  public void setUndecidedDays(int undecidedDays) {
    this.undecidedDays = Math.max(1, undecidedDays);
  }
}
