package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user's named call list: filters, sort and visible columns as the list's query string. */
@Entity
@Table(name = "saved_views")
@NamedQuery(
    name = SavedView.OF_USER,
    query = "SELECT v FROM SavedView v WHERE v.userId = :user ORDER BY LOWER(v.name), v.id")
public class SavedView extends TenantOwned {

  static final String OF_USER = "SavedView.ofUser";

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String query;

  @Column(name = "is_default", nullable = false)
  private boolean byDefault;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected SavedView() {}

  SavedView(UUID userId, String name, CallListLink link) {
    super(UUID.randomUUID());
    this.userId = userId;
    this.name = name;
    this.query = link.toQuery();
    this.createdAt = Timestamps.now();
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  UUID getUserId() {
    return userId;
  }

  void rename(String name) {
    this.name = name;
  }

  void setByDefault(boolean byDefault) {
    this.byDefault = byDefault;
  }

  boolean isByDefault() {
    return byDefault;
  }

  SavedViewRow toRow() {
    return new SavedViewRow(getId(), name, query, byDefault);
  }
}
