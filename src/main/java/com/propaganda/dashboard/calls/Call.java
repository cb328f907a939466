package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.platform.Timestamps;
import com.propaganda.dashboard.tenancy.TenantOwned;
import com.propaganda.dashboard.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One sales call with a prospect, owned by the rep who holds it. */
@Entity
@Table(name = "calls")
public class Call extends TenantOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false)
  private User owner;

  @Column(name = "prospect_name", nullable = false)
  private String prospectName;

  @Column(name = "prospect_email")
  private String prospectEmail;

  @Column(name = "prospect_phone")
  private String prospectPhone;

  @Column(name = "call_type", nullable = false)
  @Convert(converter = CallTypeConverter.class)
  private CallType type;

  @Column(nullable = false)
  @Convert(converter = CallStatusConverter.class)
  private CallStatus status;

  @Convert(converter = CallOutcomeConverter.class)
  private CallOutcome outcome;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "loss_reason_id")
  private LossReason lossReason;

  private String notes;

  @Column(name = "call_duration")
  private Integer durationSeconds;

  @Column(name = "scheduled_at")
  private OffsetDateTime scheduledAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Call() {}

  public Call(User owner, String prospectName, CallType type, CallStatus status) {
    super(UUID.randomUUID());
    this.owner = owner;
    this.prospectName = prospectName;
    this.type = type;
    this.status = status;
    this.createdAt = Timestamps.now();
    this.updatedAt = createdAt;
  }

  @PreUpdate
  void touch() {
    updatedAt = Timestamps.now();
  }

  public User getOwner() {
    return owner;
  }

  public String getProspectName() {
    return prospectName;
  }

  public String getProspectEmail() {
    return prospectEmail;
  }

  public String getProspectPhone() {
    return prospectPhone;
  }

  public CallType getType() {
    return type;
  }

  public CallStatus getStatus() {
    return status;
  }

  public CallOutcome getOutcome() {
    return outcome;
  }

  public LossReason getLossReason() {
    return lossReason;
  }

  public String getNotes() {
    return notes;
  }

  public Integer getDurationSeconds() {
    return durationSeconds;
  }

  public OffsetDateTime getScheduledAt() {
    return scheduledAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Records how the call went; the call-logging rules are enforced by the service. */
  public void recordResult(
      CallOutcome outcome,
      LossReason lossReason,
      OffsetDateTime scheduledAt,
      OffsetDateTime completedAt,
      Integer durationSeconds) {
    this.outcome = outcome;
    this.lossReason = lossReason;
    this.scheduledAt = scheduledAt;
    this.completedAt = completedAt;
    this.durationSeconds = durationSeconds;
  }

  public void describeProspect(String email, String phone, String notes) {
    this.prospectEmail = email;
    this.prospectPhone = phone;
    this.notes = notes;
  }
}
