package com.propaganda.dashboard.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public REST API, version 1 (see README, "API"). Callers authenticate with an API key ({@code
 * apikeys.ApiKeyAuthentication}); every resource calls the same EJB services as the pages, which
 * check roles, scopes and the tenant.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {}
