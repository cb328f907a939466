package com.propaganda.dashboard.webhooks;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery of an event to an endpoint, as the page lists it. */
public record WebhookDeliveryRow(
    UUID id,
    String eventType,
    String status,
    int attempts,
    OffsetDateTime createdAt,
    OffsetDateTime lastAttemptAt,
    Integer lastStatus,
    String lastError,
    OffsetDateTime nextAttemptAt)
    implements Serializable {}
