package com.propaganda.dashboard.webhooks;

import java.util.UUID;

/** A new endpoint and its signing secret, which is shown this once. */
public record RegisteredEndpoint(UUID id, String secret) {}
