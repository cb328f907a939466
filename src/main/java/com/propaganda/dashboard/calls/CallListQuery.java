package com.propaganda.dashboard.calls;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The WHERE clause of a call list on the calls table alone, built from a filter with bound
 * parameters only. No join, so the list indexes answer it. A list with a search term goes through
 * {@link CallSearch} instead.
 */
final class CallListQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  /**
   * @param onlyOwner the sales rep whose calls alone are visible, or null for the whole client
   * @param zone the client's time zone, in which the filter's days begin and end
   */
  CallListQuery(CallFilter filter, UUID onlyOwner, ZoneId zone) {
    equal("c.ownerId", "owner", onlyOwner);
    equal("c.status", "status", filter.getStatus());
    outcome(filter.getOutcome());
    equal("c.type", "type", filter.getType());
    equal("c.ownerId", "rep", filter.getRepId());
    if (filter.isWithoutLossReason()) {
      conditions.add("c.lossReason IS NULL");
    } else {
      equal("c.lossReason.id", "reason", filter.getLossReasonId());
    }
    range(filter.getPlacedFrom(), filter.getPlacedTo(), zone);
  }

  /** Only the rows after the given call in this order, when there is one. */
  CallListQuery after(CallOrder order, UUID cursor) {
    if (cursor != null) {
      conditions.add(order.after());
      parameters.put("cursor", cursor);
    }
    return this;
  }

  <T> TypedQuery<T> create(EntityManager em, String select, String orderBy, Class<T> type) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query = em.createQuery(select + " FROM Call c" + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private void equal(String path, String name, Object value) {
    if (value != null) {
      conditions.add(path + " = :" + name);
      parameters.put(name, value);
    }
  }

  private void outcome(CallOutcome outcome) {
    if (outcome == CallOutcome.TBD) {
      conditions.add("(c.outcome = :outcome OR c.outcome IS NULL)");
      parameters.put("outcome", outcome);
    } else {
      equal("c.outcome", "outcome", outcome);
    }
  }

  private void range(LocalDate from, LocalDate to, ZoneId zone) {
    if (from != null) {
      conditions.add("c.placedAt >= :from");
      parameters.put("from", startOfDay(from, zone));
    }
    if (to != null) {
      conditions.add("c.placedAt < :to");
      parameters.put("to", startOfDay(to.plusDays(1), zone));
    }
  }

  static OffsetDateTime startOfDay(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toOffsetDateTime();
  }
}
