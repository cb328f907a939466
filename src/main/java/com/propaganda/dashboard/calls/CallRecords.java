package com.propaganda.dashboard.calls;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Whole calls for the API: a page's ids read in one query with their rep and loss reason. */
final class CallRecords {

  private static final String CALLS =
      "SELECT c FROM Call c JOIN FETCH c.owner LEFT JOIN FETCH c.lossReason WHERE c.id IN :ids";

  private CallRecords() {}

  /** The calls of the ids, in the ids' order. */
  static List<CallRecord> read(EntityManager entityManager, List<UUID> ids, ZoneId zone) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Call> calls =
        entityManager
            .createQuery(CALLS, Call.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(Call::getId, Function.identity()));
    return ids.stream().map(calls::get).map(call -> of(call, zone)).toList();
  }

  static CallRecord of(Call call, ZoneId zone) {
    var reason = call.getLossReason();
    return new CallRecord(
        call.getId(),
        call.getExternalId(),
        call.getOwner().getId(),
        call.getOwner().getName(),
        call.getOwner().getEmail(),
        call.getProspectName(),
        call.getProspectEmail(),
        call.getProspectPhone(),
        call.getType(),
        call.getStatus(),
        call.getOutcome(),
        reason == null ? null : reason.getId(),
        reason == null ? null : reason.getName(),
        call.getNotes(),
        call.getDurationSeconds(),
        inZone(call.getScheduledAt(), zone),
        inZone(call.getCompletedAt(), zone),
        inZone(call.getPlacedAt(), zone),
        inZone(call.getCreatedAt(), zone),
        inZone(call.getUpdatedAt(), zone));
  }

  private static OffsetDateTime inZone(OffsetDateTime time, ZoneId zone) {
    return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
