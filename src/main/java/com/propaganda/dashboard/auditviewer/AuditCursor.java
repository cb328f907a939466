package com.propaganda.dashboard.auditviewer;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where a page of the audit log ends: the next page starts after this row (newest first). */
public record AuditCursor(OffsetDateTime at, UUID id) implements Serializable {

  static AuditCursor after(AuditEntry entry) {
    return new AuditCursor(entry.at(), entry.id());
  }
}
