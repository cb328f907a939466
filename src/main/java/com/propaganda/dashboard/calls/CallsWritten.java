package com.propaganda.dashboard.calls;

import java.util.UUID;

/**
 * Fired by {@link CallRepository} when it wrote a client's calls; observers that keep figures
 * derived from them drop those once the transaction has committed.
 */
public record CallsWritten(UUID clientId) {}
