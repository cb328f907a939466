package com.propaganda.dashboard.imports;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An import as its client's list shows it. */
public record ImportSummary(
    UUID id,
    String fileName,
    String userName,
    String state,
    long rows,
    long created,
    long updated,
    long skipped,
    String failure,
    OffsetDateTime startedAt,
    OffsetDateTime committedAt,
    boolean revertible)
    implements Serializable {}
