package com.propaganda.dashboard.auditviewer;

import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** Which audit rows the viewer lists; empty fields do not filter. Days are the client's. */
public class AuditFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID userId;
  private AuditAction action;
  private String table;
  private LocalDate from;
  private LocalDate to;
  private UUID recordId;

  /** The filter as the audit log records a view or an export of it. */
  JsonObjectBuilder toJson() {
    JsonObjectBuilder json = JsonFactory.object();
    add(json, "user", userId);
    add(json, "action", action);
    add(json, "table", table);
    add(json, "from", from);
    add(json, "to", to);
    add(json, "record", recordId);
    return json;
  }

  private static void add(JsonObjectBuilder json, String name, Object value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }

  public UUID getUserId() {
    return userId;
  }

  public void setUserId(UUID userId) {
    this.userId = userId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public String getTable() {
    return table;
  }

  public void setTable(String table) {
    this.table = table == null || table.isBlank() ? null : table;
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

  public UUID getRecordId() {
    return recordId;
  }

  public void setRecordId(UUID recordId) {
    this.recordId = recordId;
  }
}
