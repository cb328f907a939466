package com.propaganda.dashboard.calls;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The WHERE clause of a call list on the calls table alone, built from a filter with bound
 * parameters only. No join, so the list indexes answer it.
 */
final class CallListQuery {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  /**
   * @param onlyOwner the sales rep whose calls alone are visible, or null for the whole client
   */
  CallListQuery(CallFilter filter, UUID onlyOwner) {
    equal("c.ownerId", "owner", onlyOwner);
    equal("c.status", "status", filter.getStatus());
    equal("c.outcome", "outcome", filter.getOutcome());
    equal("c.type", "type", filter.getType());
    equal("c.ownerId", "rep", filter.getRepId());
    equal("c.lossReason.id", "reason", filter.getLossReasonId());
    range(filter.getPlacedFrom(), filter.getPlacedTo());
    search(filter.getSearch());
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

  private void range(LocalDate from, LocalDate to) {
    if (from != null) {
      conditions.add("c.placedAt >= :from");
      parameters.put("from", startOfUtcDay(from));
    }
    if (to != null) {
      conditions.add("c.placedAt < :to");
      parameters.put("to", startOfUtcDay(to.plusDays(1)));
    }
  }

  private void search(String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    // Through matching_call_ids (V7): under row-level security LIKE cannot use the index.
    conditions.add("SQL('? IN (SELECT m.id FROM matching_call_ids(?) m)', c.id, :search)");
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    parameters.put("search", "%" + escaped + "%");
  }

  static OffsetDateTime startOfUtcDay(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
