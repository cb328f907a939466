package com.propaganda.dashboard.identity;

/**
 * The scope codes an API key may carry, as constants for {@link KeyScope}: the features name what
 * each method needs, and the API keys feature lists them for the page.
 */
public final class KeyScopes {

  public static final String CALLS_READ = "calls:read";
  public static final String CALLS_WRITE = "calls:write";
  public static final String LOSS_REASONS_WRITE = "loss-reasons:write";
  public static final String REPORTS_READ = "reports:read";
  public static final String AUDIT_READ = "audit:read";

  private KeyScopes() {}
}
