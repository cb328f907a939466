package com.propaganda.dashboard.audit;

import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One recorded change or access. Append-only: the entity has no setters, and the application's
 * database role may not update or delete these rows.
 */
@Entity
@Table(name = "audit_logs")
public class AuditLog extends TenantOwned {

  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "table_name", nullable = false, updatable = false)
  private String tableName;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  /** JSON text, stored as jsonb. */
  @Column(name = "old_values", updatable = false)
  private String oldValues;

  /** JSON text, stored as jsonb. */
  @Column(name = "new_values", updatable = false)
  private String newValues;

  @Column(name = "ip_address", updatable = false)
  private String ipAddress;

  @Column(name = "user_agent", updatable = false)
  private String userAgent;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected AuditLog() {}

  public AuditLog(
      UUID userId,
      String tableName,
      UUID recordId,
      AuditAction action,
      String oldValues,
      String newValues,
      String ipAddress,
      String userAgent) {
    super(UUID.randomUUID());
    this.userId = userId;
    this.tableName = tableName;
    this.recordId = recordId;
    this.action = action;
    this.oldValues = oldValues;
    this.newValues = newValues;
    this.ipAddress = ipAddress;
    this.userAgent = userAgent;
    this.createdAt = Timestamps.now();
  }

  public UUID getUserId() {
    return userId;
  }

  public String getTableName() {
    return tableName;
  }

  public UUID getRecordId() {
    return recordId;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getOldValues() {
    return oldValues;
  }

  public String getNewValues() {
    return newValues;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
