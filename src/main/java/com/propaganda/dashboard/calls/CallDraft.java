package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.Text;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a caller wants a call to be, from any door. Times are instants: only the form shows them as
 * the client's wall clock ({@link WallClock}). Texts are cleaned as they are set (trimmed, blank as
 * none, emails in lower case), so the rules and the database see the same value from every door.
 * The owner is read only for admin and ceo; a sales rep always logs calls as themselves.
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
  private String externalId;

  /** An independent copy: the call as it was, beside the one a change is made to. */
  public CallDraft copy() {
    CallDraft copy = new CallDraft();
    copy.ownerId = ownerId;
    copy.prospectName = prospectName;
    copy.prospectEmail = prospectEmail;
    copy.prospectPhone = prospectPhone;
    copy.type = type;
    copy.status = status;
    copy.outcome = outcome;
    copy.lossReasonId = lossReasonId;
    copy.notes = notes;
    copy.durationSeconds = durationSeconds;
    copy.scheduledAt = scheduledAt;
    copy.completedAt = completedAt;
    copy.externalId = externalId;
    return copy;
  }

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
    this.prospectName = Text.clean(prospectName);
  }

  public String getProspectEmail() {
    return prospectEmail;
  }

  public void setProspectEmail(String prospectEmail) {
    this.prospectEmail = Text.cleanEmail(prospectEmail);
  }

  public String getProspectPhone() {
    return prospectPhone;
  }

  public void setProspectPhone(String prospectPhone) {
    this.prospectPhone = Text.clean(prospectPhone);
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
    this.notes = Text.clean(notes);
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

  /** The call's id in the system it came from; set by imports. */
  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = Text.clean(externalId);
  }
}
