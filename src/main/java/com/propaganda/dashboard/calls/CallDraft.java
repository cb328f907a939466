package com.propaganda.dashboard.calls;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a caller wants a call to be, from any door. Times are instants: only the form shows them as
 * the client's wall clock ({@link WallClock}). The owner is read only for admin and ceo; a sales
 * rep always logs calls as themselves.
 */
public class CallDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID ownerId;
  private String prospectName;
  private String prospectEmail;
  private String prospectPhone;
  private CallType type;
  private CallStatus status;
  private CallOutcome outcome;
  private UUID lossReasonId;
  private String notes;
  private Integer durationSeconds;
  private OffsetDateTime scheduledAt;
  private OffsetDateTime completedAt;

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public String getProspectName() {
    return prospectName;
  }

  public void setProspectName(String prospectName) {
    this.prospectName = prospectName;
  }

  public String getProspectEmail() {
    return prospectEmail;
  }

  public void setProspectEmail(String prospectEmail) {
    this.prospectEmail = prospectEmail;
  }

  public String getProspectPhone() {
    return prospectPhone;
  }

  public void setProspectPhone(String prospectPhone) {
    this.prospectPhone = prospectPhone;
  }

  public CallType getType() {
    return type;
  }

  public void setType(CallType type) {
    this.type = type;
  }

  public CallStatus getStatus() {
    return status;
  }

  public void setStatus(CallStatus status) {
    this.status = status;
  }

  public CallOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CallOutcome outcome) {
    this.outcome = outcome;
  }

  public UUID getLossReasonId() {
    return lossReasonId;
  }

  public void setLossReasonId(UUID lossReasonId) {
    this.lossReasonId = lossReasonId;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Integer getDurationSeconds() {
    return durationSeconds;
  }

  public void setDurationSeconds(Integer durationSeconds) {
    this.durationSeconds = durationSeconds;
  }

  public OffsetDateTime getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(OffsetDateTime scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }

  public void setCompletedAt(OffsetDateTime completedAt) {
    this.completedAt = completedAt;
  }
}
