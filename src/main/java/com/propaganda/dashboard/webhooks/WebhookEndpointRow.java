package com.propaganda.dashboard.webhooks;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An endpoint as the webhooks page lists it; never its secret. */
public record WebhookEndpointRow(
    UUID id,
    String url,
    List<String> events,
    String description,
    boolean enabled,
    OffsetDateTime failingSince,
    OffsetDateTime disabledAt,
    OffsetDateTime createdAt)
    implements Serializable {

  public String eventList() {
    return String.join(", ", events);
  }

  /** Disabled by the dispatcher after a day of failures, rather than never enabled. */
  public boolean isDisabledForFailing() {
    return !enabled && disabledAt != null;
  }
}
