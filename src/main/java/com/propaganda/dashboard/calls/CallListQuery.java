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

/** The WHERE clause of a call list, built from a filter with bound parameters only. */
final class CallListQuery {

  static final String FROM = " FROM Call c JOIN c.owner o LEFT JOIN c.lossReason r";

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  /**
   * @param onlyOwner the sales rep whose calls alone are visible, or null for the whole client
   */
  CallListQuery(CallFilter filter, UUID onlyOwner) {
    equal("o.id", "owner", onlyOwner);
    equal("c.status", "status", filter.getStatus());
    equal("c.outcome", "outcome", filter.getOutcome());
    equal("c.type", "type", filter.getType());
    equal("o.id", "rep", filter.getRepId());
    equal("r.id", "reason", filter.getLossReasonId());
    range(filter.getScheduledFrom(), filter.getScheduledTo());
    search(filter.getSearch());
  }

  <T> TypedQuery<T> create(EntityManager em, String select, String orderBy, Class<T> type) {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query = em.createQuery(select + FROM + where + orderBy, type);
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
      conditions.add("c.scheduledAt >= :from");
      parameters.put("from", startOfUtcDay(from));
    }
    if (to != null) {
      conditions.add("c.scheduledAt < :to");
      parameters.put("to", startOfUtcDay(to.plusDays(1)));
    }
  }

  private void search(String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    conditions.add(
        "(LOWER(c.prospectName) LIKE :search ESCAPE '\\' OR LOWER(c.prospectEmail) LIKE :search"
            + " ESCAPE '\\' OR c.prospectPhone LIKE :search ESCAPE '\\')");
    String escaped =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    parameters.put("search", "%" + escaped + "%");
  }

  private static OffsetDateTime startOfUtcDay(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
