package com.propaganda.dashboard.apikeys;

import java.util.UUID;

/** A new key and its secret, which is shown this once and never again. */
public record CreatedApiKey(UUID id, String secret) {}
