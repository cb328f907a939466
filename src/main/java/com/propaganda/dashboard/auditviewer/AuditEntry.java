package com.propaganda.dashboard.auditviewer;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One audit row, readable: who, what, on which record, and the fields it changed or read. */
public record AuditEntry(
    UUID id,
    OffsetDateTime at,
    String actor,
    AuditAction action,
    String table,
    UUID recordId,
    List<FieldChange> changes,
    String ip,
    String userAgent)
    implements Serializable {}
