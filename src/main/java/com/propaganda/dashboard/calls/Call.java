package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.lossreasons.LossReason;
import com.propaganda.dashboard.platform.Text;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

  /** A new call of the given owner; {@link #edit} fills in the rest before it is persisted. */
  public Call(User owner) {
    super(UUID.randomUUID());
    this.owner = owner;
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

  /** Takes over what the user entered; the service has checked it against the rules. */
  public void edit(CallDraft draft, User owner, LossReason lossReason) {
    this.owner = owner;
    this.prospectName = Text.clean(draft.getProspectName());
    this.prospectEmail = Text.cleanEmail(draft.getProspectEmail());
    this.prospectPhone = Text.clean(draft.getProspectPhone());
    this.type = draft.getType();
    this.status = draft.getStatus();
    this.outcome = draft.getOutcome();
    this.lossReason = lossReason;
    this.notes = Text.clean(draft.getNotes());
    this.durationSeconds = draft.getDurationSeconds();
    this.scheduledAt = utc(draft.getScheduledAt());
    this.completedAt = utc(draft.getCompletedAt());
  }

  public CallDraft toDraft() {
    CallDraft draft = new CallDraft();
    draft.setOwnerId(owner.getId());
    draft.setProspectName(prospectName);
    draft.setProspectEmail(prospectEmail);
    draft.setProspectPhone(prospectPhone);
    draft.setType(type);
    draft.setStatus(status);
    draft.setOutcome(outcome);
    draft.setLossReasonId(lossReason == null ? null : lossReason.getId());
    draft.setNotes(notes);
    draft.setDurationSeconds(durationSeconds);
    draft.setScheduledAt(
        scheduledAt == null
            ? null
            : scheduledAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    draft.setCompletedAt(
        completedAt == null
            ? null
            : completedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    return draft;
  }

  private static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
