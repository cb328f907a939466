package com.propaganda.dashboard.lossreasons;

import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a client's own catalogue of reasons why a deal was lost. */
@Entity
@Table(name = "loss_reasons")
public class LossReason extends TenantOwned {

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected LossReason() {}

  public LossReason(String name, String description) {
    super(UUID.randomUUID());
    this.name = name;
    this.description = description;
    this.active = true;
    this.createdAt = Timestamps.now();
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  public void describe(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public boolean isActive() {
    return active;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }
}
