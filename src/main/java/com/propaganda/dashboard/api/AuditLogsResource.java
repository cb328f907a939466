package com.propaganda.dashboard.api;

import com.propaganda.dashboard.auditviewer.AuditAction;
import com.propaganda.dashboard.auditviewer.AuditCursor;
import com.propaganda.dashboard.auditviewer.AuditEntry;
import com.propaganda.dashboard.auditviewer.AuditFilter;
import com.propaganda.dashboard.auditviewer.AuditLogService;
import com.propaganda.dashboard.platform.JsonFactory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Set;

/** {@code /api/v1/audit-logs}: the audit viewer's filters, newest first, for a ceo's key. */
@Path("audit-logs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogsResource {

  private static final Set<String> FILTERS =
      Set.of("user_id", "action", "table", "record_id", "from", "to", "limit", "cursor");

  @EJB private AuditLogService auditLog;

  @Context private UriInfo uri;

  @GET
  public Response list() {
    QueryFields query = new QueryFields(uri, FILTERS);
    AuditFilter filter = new AuditFilter();
    filter.setUserId(query.id("user_id"));
    filter.setAction(action(query));
    filter.setTable(query.text("table"));
    filter.setRecordId(query.id("record_id"));
    filter.setFrom(query.date("from"));
    filter.setTo(query.date("to"));
    int limit = query.limit();
    Cursor cursor = Cursor.from(query);
    query.check();
    AuditCursor after = cursor == null ? null : new AuditCursor(cursor.at(), cursor.id());
    return Response.ok(
            ApiJson.page(
                auditLog.page(filter, after, limit + 1),
                limit,
                AuditLogsResource::json,
                (AuditEntry entry) -> new Cursor(entry.at(), entry.id())))
        .build();
  }

  /** The schema's spelling: INSERT, UPDATE, DELETE or SELECT (an access). */
  private static AuditAction action(QueryFields query) {
    String text = query.text("action");
    return text == null
        ? null
        : Arrays.stream(AuditAction.values())
            .filter(action -> action.name().equals(text))
            .findFirst()
            .orElseGet(() -> query.wrong("action", "One of INSERT, UPDATE, DELETE, SELECT"));
  }

  private static JsonObject json(AuditEntry entry) {
    JsonObjectBuilder json = JsonFactory.object();
    ApiJson.add(json, "id", entry.id());
    ApiJson.add(json, "at", entry.at());
    ApiJson.add(json, "actor", entry.actor());
    ApiJson.add(json, "action", entry.action().name());
    ApiJson.add(json, "table", entry.table());
    ApiJson.add(json, "record_id", entry.recordId());
    JsonArrayBuilder changes = JsonFactory.array();
    entry
        .changes()
        .forEach(
            change -> {
              JsonObjectBuilder field = JsonFactory.object();
              ApiJson.add(field, "field", change.field());
              ApiJson.add(field, "before", change.before());
              ApiJson.add(field, "after", change.after());
              changes.add(field);
            });
    json.add("changes", changes);
    ApiJson.add(json, "ip", entry.ip());
    ApiJson.add(json, "user_agent", entry.userAgent());
    return json.build();
  }
}
