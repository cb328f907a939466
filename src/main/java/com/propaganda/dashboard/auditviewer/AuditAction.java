package com.propaganda.dashboard.auditviewer;

/** What happened to the audited record; stored under the constant's own name. */
public enum AuditAction {
  INSERT,
  UPDATE,
  DELETE,
  SELECT
}
