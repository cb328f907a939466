package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.database.DatabaseCodeConverter;
import com.propaganda.dashboard.tenancy.TenantReads;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Whole calls for the API and the exports: a page's ids read in one query with their rep and loss
 * reason, through JPA in the service's transaction or in SQL where reports read.
 */
final class CallRecords {

  private static final String CALLS =
      "SELECT c FROM Call c JOIN FETCH c.owner LEFT JOIN FETCH c.lossReason WHERE c.id IN :ids";

  private static final String CALL_ROWS =
      """
      SELECT c.id, c.external_id, u.id, u.name, u.email, c.prospect_name, c.prospect_email,
          c.prospect_phone, c.call_type, c.status, c.outcome, r.id, r.name, c.notes,
          c.call_duration, c.scheduled_at, c.completed_at, c.placed_at, c.created_at,
          c.updated_at FROM calls c JOIN users u ON u.id = c.user_id
          LEFT JOIN loss_reasons r ON r.id = c.loss_reason_id WHERE c.id = ANY (?::uuid[])""";

  private CallRecords() {}

  /**
   * The calls of the ids, in the ids' order, read in SQL (where reports read); a call gone since
   * its id was listed is left out.
   */
  static List<CallRecord> read(TenantReads sql, List<UUID> ids, ZoneId zone) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<CallRecord> calls =
        sql.query(
            CALL_ROWS,
            // One parameter, the array: List.of(array) would spread it.
            List.of((Object) ids.stream().map(UUID::toString).toArray(String[]::new)),
            row -> of(row, zone));
    return CallRows.inIdOrder(ids, calls.stream(), CallRecord::id);
  }

  private static CallRecord of(ResultSet row, ZoneId zone) throws SQLException {
    return new CallRecord(
        row.getObject(1, UUID.class),
        row.getString(2),
        row.getObject(3, UUID.class),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        DatabaseCodeConverter.fromCode(CallType.class, row.getString(9)),
        DatabaseCodeConverter.fromCode(CallStatus.class, row.getString(10)),
        row.getString(11) == null
            ? null
            : DatabaseCodeConverter.fromCode(CallOutcome.class, row.getString(11)),
        row.getObject(12, UUID.class),
        row.getString(13),
        row.getString(14),
        (Integer) row.getObject(15),
        inZone(row.getObject(16, OffsetDateTime.class), zone),
        inZone(row.getObject(17, OffsetDateTime.class), zone),
        inZone(row.getObject(18, OffsetDateTime.class), zone),
        inZone(row.getObject(19, OffsetDateTime.class), zone),
        inZone(row.getObject(20, OffsetDateTime.class), zone));
  }

  /** The calls of the ids, in the ids' order. */
  static List<CallRecord> read(EntityManager entityManager, List<UUID> ids, ZoneId zone) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Stream<Call> calls =
        entityManager.createQuery(CALLS, Call.class).setParameter("ids", ids).getResultStream();
    return CallRows.inIdOrder(ids, calls, Call::getId).stream()
        .map(call -> of(call, zone))
        .toList();
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
