package com.propaganda.dashboard.users;

import java.time.OffsetDateTime;

/**
 * What a signed-in session checks of its account on each request.
 *
 * @param mustChangePassword someone else set the password, so the user chooses their own first
 * @param passwordChangedAt a session that saw another value signed in before the change: it ends
 */
public record AccountState(boolean mustChangePassword, OffsetDateTime passwordChangedAt) {}
