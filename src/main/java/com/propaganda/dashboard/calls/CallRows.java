package com.propaganda.dashboard.calls;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rows of one page of the call list, joined for the page's ids only. */
final class CallRows {

  private static final String ROWS =
      """
      SELECT NEW com.propaganda.dashboard.calls.CallRow(c.id, c.placedAt, c.prospectName,
          o.name, c.type, c.status, c.outcome, r.name, c.durationSeconds)
      FROM Call c JOIN c.owner o LEFT JOIN c.lossReason r WHERE c.id IN :ids""";

  private CallRows() {}

  /** The calls in the order of {@code ids}, times in the zone. */
  static List<CallRow> of(EntityManager entityManager, List<UUID> ids, ZoneId zone) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Stream<CallRow> rows =
        entityManager.createQuery(ROWS, CallRow.class).setParameter("ids", ids).getResultStream();
    return inIdOrder(ids, rows, CallRow::id).stream().map(row -> row.inZone(zone)).toList();
  }

  /**
   * The rows in the order of {@code ids}. From a report's figure, the ids come from the replica: a
   * call deleted since is left out.
   */
  static <T> List<T> inIdOrder(List<UUID> ids, Stream<T> rows, Function<T, UUID> id) {
    Map<UUID, T> byId = rows.collect(Collectors.toMap(id, Function.identity()));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
