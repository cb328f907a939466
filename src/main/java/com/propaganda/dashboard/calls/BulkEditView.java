package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk edit on the call list: the selected rows get one status, outcome or loss reason. */
@Named
@ViewScoped
public class BulkEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The loss reason menu's choice that removes the reason (no choice leaves it as it is). */
  private static final UUID NO_REASON = new UUID(0, 0);

  @EJB private CallService callService;

  @Inject private FacesFeedback feedback;

  private List<CallRow> selected = new ArrayList<>();
  private CallStatus status;
  private CallOutcome outcome;
  private UUID lossReason;

  public void apply() {
    List<UUID> ids = selected.stream().map(CallRow::id).toList();
    boolean changeReason = lossReason != null;
    UUID reasonId = NO_REASON.equals(lossReason) ? null : lossReason;
    CallBulkChange change = new CallBulkChange(status, outcome, changeReason, reasonId);
    int[] changed = new int[1];
    // Every message of a bulk edit concerns the selection as a whole: the dialog shows it on top.
    boolean done = feedback.attempt(Map.of(), () -> changed[0] = callService.bulkEdit(ids, change));
    if (done) {
      feedback.info(changed[0] + (changed[0] == 1 ? " call changed" : " calls changed"));
      selected = new ArrayList<>();
      status = null;
      outcome = null;
      lossReason = null;
    }
  }

  public List<CallRow> getSelected() {
    return selected;
  }

  public void setSelected(List<CallRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
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

  public UUID getLossReason() {
    return lossReason;
  }

  public void setLossReason(UUID lossReason) {
    this.lossReason = lossReason;
  }

  public UUID getNoReason() {
    return NO_REASON;
  }
}
