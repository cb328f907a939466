package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The client's webhook endpoints and their recent deliveries, for a ceo or admin on the webhooks
 * page. Not open to API keys: a key could otherwise send the client's data anywhere.
 */
@Stateless
@TenantBound
@Audited("webhook_endpoints")
@RolesAllowed({Roles.CEO, Roles.ADMIN})
public class WebhookService {

  static final int RECENT_DELIVERIES = 20;

  /** Each endpoint costs the dispatcher a connection per round; a client needs a few. */
  static final int MAX_ENDPOINTS = 10;

  private static final String DELIVERIES =
      """
      SELECT id, event_type, status, attempts, created_at, last_attempt_at, last_status,
          last_error, next_attempt_at FROM webhook_deliveries WHERE endpoint_id = ?
          ORDER BY created_at DESC, id LIMIT ?""";

  private static final String RESEND =
      """
      UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = clock_timestamp(),
          created_at = clock_timestamp() WHERE id = ? RETURNING id""";

  @PersistenceContext private EntityManager entityManager;

  @Inject private TenantSql sql;

  @Inject private CallerContext context;

  @EJB private AuditRecorder recorder;

  /** Every endpoint, newest first. */
  public List<WebhookEndpointRow> endpoints() {
    return entityManager
        .createQuery(
            "SELECT e FROM WebhookEndpoint e ORDER BY e.createdAt DESC, e.id",
            WebhookEndpoint.class)
        .getResultStream()
        .map(WebhookEndpoint::toRow)
        .toList();
  }

  public RegisteredEndpoint register(String url, Set<WebhookEvent> events, String description) {
    String cleanUrl = Text.clean(url);
    String cleanDescription = Text.clean(description);
    FieldErrors errors = new FieldErrors();
    errors.required("url", cleanUrl, "Enter the URL that receives the events");
    errors.maxLength("url", cleanUrl, 2000);
    if (cleanUrl != null) {
      OutboundAddress.refusal(cleanUrl).ifPresent(reason -> errors.reject("url", reason));
    }
    errors.rejectIf(events == null || events.isEmpty(), "events", "Choose at least one event");
    errors.maxLength("description", cleanDescription, 255);
    errors.rejectIf(
        endpointCount() >= MAX_ENDPOINTS,
        "url",
        "A workspace has at most " + MAX_ENDPOINTS + " endpoints: remove one you no longer use");
    errors.throwIfAny();
    String secret = WebhookSignature.newSecret();
    WebhookEndpoint endpoint = new WebhookEndpoint(cleanUrl, events, cleanDescription, secret);
    entityManager.persist(endpoint);
    return new RegisteredEndpoint(endpoint.getId(), secret);
  }

  private long endpointCount() {
    return entityManager
        .createQuery("SELECT count(e) FROM WebhookEndpoint e", Long.class)
        .getSingleResult();
  }

  public void remove(UUID id) {
    entityManager.remove(find(id));
  }

  /** On again after a day of failures disabled it. */
  public void enable(UUID id) {
    find(id).enable();
  }

  /** The endpoint's latest deliveries, newest first. */
  public List<WebhookDeliveryRow> deliveries(UUID endpointId) {
    find(endpointId);
    return sql.query(
        DELIVERIES,
        List.of(endpointId, RECENT_DELIVERIES),
        row ->
            new WebhookDeliveryRow(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getString(3),
                row.getInt(4),
                inZone(row.getObject(5, OffsetDateTime.class)),
                inZone(row.getObject(6, OffsetDateTime.class)),
                (Integer) row.getObject(7),
                row.getString(8),
                inZone(row.getObject(9, OffsetDateTime.class))));
  }

  /** Sends a delivery again, as if its event happened now; recorded in the audit log. */
  public void resend(UUID deliveryId) {
    if (deliveryId == null || sql.query(RESEND, List.of(deliveryId), row -> 1).isEmpty()) {
      throw new NotFoundException("Delivery");
    }
    recorder.record(AuditEvent.access(context.actor(), "webhook_deliveries", deliveryId, "resend"));
  }

  private OffsetDateTime inZone(OffsetDateTime time) {
    return time == null ? null : time.atZoneSameInstant(context.zone()).toOffsetDateTime();
  }

  private WebhookEndpoint find(UUID id) {
    WebhookEndpoint endpoint = id == null ? null : entityManager.find(WebhookEndpoint.class, id);
    if (endpoint == null) {
      throw new NotFoundException("Webhook endpoint");
    }
    return endpoint;
  }
}
