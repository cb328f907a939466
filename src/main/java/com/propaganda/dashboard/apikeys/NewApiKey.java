package com.propaganda.dashboard.apikeys;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** What the API keys form asks for: a name, the scopes, and optionally when the key expires. */
public record NewApiKey(
    String name, Set<ApiScope> scopes, OffsetDateTime expiresAt, int requestsPerMinute)
    implements Serializable {

  public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
}
