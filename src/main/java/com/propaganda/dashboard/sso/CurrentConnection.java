package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.tenancy.SignInMethods;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A client's connection as a page shows it: never the secret, only whether one is kept; when it
 * last changed, in the client's time zone.
 */
public record CurrentConnection(
    Optional<ProviderSettings> settings, SignInMethods methods, Optional<ZonedDateTime> changed) {}
