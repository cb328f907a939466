package com.propaganda.dashboard.calls;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a page of calls, newest first, ends: the last call's time and id. The values travel in the
 * cursor, so a page still follows on after that call was changed or deleted, and calls inserted
 * meanwhile neither repeat nor shift a page.
 */
public record CallCursor(OffsetDateTime placedAt, UUID id) {}
