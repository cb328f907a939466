package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A call an import wrote that was changed afterwards: a revert leaves it alone unless told. */
public record ChangedCall(UUID id, String prospectName, OffsetDateTime updatedAt)
    implements Serializable {}
