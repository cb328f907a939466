package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A URL of the client's that hears of changes; the dispatcher's functions keep its failing. */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpoint extends TenantOwned {

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String events;

  @Column(updatable = false)
  private String description;

  @Column(nullable = false, updatable = false)
  private String secret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "failing_since", insertable = false, updatable = false)
  private OffsetDateTime failingSince;

  @Column(name = "disabled_at")
  private OffsetDateTime disabledAt;

  @Column(name = "timeouts_in_a_row")
  private int timeoutsInARow;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected WebhookEndpoint() {}

  WebhookEndpoint(String url, Set<WebhookEvent> events, String description, String secret) {
    super(UUID.randomUUID());
    this.url = url;
    this.events = events.stream().map(WebhookEvent::code).collect(Collectors.joining(","));
    this.description = description;
    // Kept sealed: the row, its backups and its audit copies hold no usable secret.
    this.secret = SecretBox.seal(secret, getId());
    this.enabled = true;
    this.createdAt = Timestamps.now();
  }

  /** On again after it was disabled; its next failure starts a new 24 hours, and a new count. */
  void enable() {
    enabled = true;
    disabledAt = null;
    failingSince = null;
    timeoutsInARow = 0;
  }

  WebhookEndpointRow toRow() {
    List<String> codes = Arrays.asList(events.split(","));
    return new WebhookEndpointRow(
        getId(), url, codes, description, enabled, failingSince, disabledAt, createdAt);
  }
}
