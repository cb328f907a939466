package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What makes two dashboards the same: the client, the sales user whose own dashboard it is (none
 * for managers), the client's zone and day, and every field of the filter.
 */
record DashboardKey(
    UUID clientId,
    UUID salesUser,
    ZoneId zone,
    LocalDate today,
    PeriodPreset preset,
    LocalDate from,
    LocalDate to,
    UUID repId,
    CallType type,
    int undecidedDays) {

  static DashboardKey of(
      UUID clientId, UUID salesUser, ZoneId zone, LocalDate today, DashboardFilter filter) {
    return new DashboardKey(
        clientId,
        salesUser,
        zone,
        today,
        filter.getPreset(),
        filter.getFrom(),
        filter.getTo(),
        filter.getRepId(),
        filter.getType(),
        filter.getUndecidedDays());
  }
}
