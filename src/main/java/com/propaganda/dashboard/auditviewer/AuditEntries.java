package com.propaganda.dashboard.auditviewer;

import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.tenancy.TenantReads;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a client's audit rows newest first, a page at a time from a keyset, with the actor's name
 * (and the API key they acted through). Row-level security keeps them to the client; the WHERE
 * clause comes from the services here.
 */
public final class AuditEntries {

  private static final String SELECT =
      """
      SELECT a.id, a.created_at,
          COALESCE(u.name || COALESCE(' (API key ' || k.prefix || ' ' || k.name || ')', ''),
          o.name || ' (agency)'), a.action,
          a.table_name, a.record_id, a.old_values::text, a.new_values::text, a.changed_fields,
          host(a.ip_address), a.user_agent FROM audit_logs a
          LEFT JOIN users u ON u.id = a.user_id LEFT JOIN operators o ON o.id = a.operator_id
          LEFT JOIN api_keys k ON k.id = a.api_key_id""";

  private AuditEntries() {}

  /**
   * @param where conditions on {@code a}, joined with AND, or empty
   */
  public static List<AuditEntry> page(
      TenantReads reads,
      List<String> where,
      List<Object> parameters,
      AuditCursor after,
      int max,
      ZoneId zone) {
    List<String> conditions = new ArrayList<>(where);
    List<Object> values = new ArrayList<>(parameters);
    if (after != null) {
      conditions.add("(a.created_at, a.id) < (?, ?)");
      values.add(after.at());
      values.add(after.id());
    }
    values.add(max);
    String query =
        SELECT
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY a.created_at DESC, a.id DESC LIMIT ?";
    return reads.query(query, values, row -> read(row, zone));
  }

  private static AuditEntry read(ResultSet row, ZoneId zone) throws SQLException {
    AuditAction action = AuditAction.valueOf(row.getString(4));
    JsonObject before = json(row.getString(7));
    JsonObject after = json(row.getString(8));
    Array changed = row.getArray(9);
    return new AuditEntry(
        row.getObject(1, UUID.class),
        row.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
        row.getString(3),
        action,
        row.getString(5),
        row.getObject(6, UUID.class),
        changes(before, after, changed == null ? null : (String[]) changed.getArray()),
        row.getString(10),
        row.getString(11));
  }

  /** The fields an UPDATE changed, or every field of an inserted, deleted or read record. */
  static List<FieldChange> changes(JsonObject before, JsonObject after, String[] changed) {
    Set<String> fields = new LinkedHashSet<>();
    if (changed != null) {
      fields.addAll(Arrays.asList(changed));
    } else {
      if (before != null) {
        fields.addAll(before.keySet());
      }
      if (after != null) {
        fields.addAll(after.keySet());
      }
    }
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      changes.add(new FieldChange(field, text(before, field), text(after, field)));
    }
    return changes;
  }

  private static String text(JsonObject values, String field) {
    if (values == null || !values.containsKey(field)) {
      return null;
    }
    JsonValue value = values.get(field);
    return switch (value.getValueType()) {
      case NULL -> "";
      case STRING -> ((JsonString) value).getString();
      default -> value.toString();
    };
  }

  private static JsonObject json(String text) {
    if (text == null) {
      return null;
    }
    try (JsonReader reader = JsonFactory.reader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
