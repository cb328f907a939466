package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.auditviewer.AuditEntry;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.lossreasons.LossReasonOption;
import com.propaganda.dashboard.lossreasons.LossReasonService;
import com.propaganda.dashboard.users.CurrentUserView;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Logs a new call, or edits one (?id=...). */
@Named
@ViewScoped
public class CallFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's inputs by the field their rule violations name. */
  private static final Map<String, String> FIELDS =
      CallField.editable().stream()
          .collect(
              Collectors.toMap(CallField::property, field -> "call-form:" + field.formInput()));

  @EJB private CallService callService;

  @EJB private LossReasonService lossReasonService;

  @EJB private TeamService teamService;

  @Inject private CurrentUserView currentUser;

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  private UUID id;
  private CallDraft call = new CallDraft();
  private List<TeamMember> reps = List.of();
  private List<LossReasonOption> lossReasons = List.of();
  private List<AuditEntry> history = List.of();

  /** Runs once per view; an id of someone else's call answers 404 like an unknown one. */
  public void load() throws IOException {
    if (facesContext.isPostback()) {
      return;
    }
    try {
      if (id != null) {
        call = callService.draftOf(id);
        history = callService.history(id);
      }
    } catch (NotFoundException notFound) {
      facesContext.getExternalContext().responseSendError(404, "Not found");
      facesContext.responseComplete();
      return;
    }
    if (currentUser.isManager()) {
      reps = teamService.activeReps();
    }
    lossReasons =
        lossReasonService.options().stream()
            .filter(r -> r.active() || Objects.equals(r.id(), call.getLossReasonId()))
            .toList();
  }

  public String save() {
    boolean saved =
        feedback.attempt(
            FIELDS,
            () -> {
              if (id == null) {
                callService.log(call);
              } else {
                callService.update(id, call);
              }
            });
    return saved ? backToList("Call saved") : null;
  }

  public String delete() {
    return feedback.attempt(FIELDS, () -> callService.delete(id))
        ? backToList("Call deleted")
        : null;
  }

  private String backToList(String message) {
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    feedback.info(message);
    return "/app/calls?faces-redirect=true";
  }

  /**
   * The form shows the client's wall clock; the call keeps instants. An unchanged field keeps its
   * instant, so saving a call of the hour a clock repeats does not move it to the hour's first
   * pass.
   */
  public LocalDateTime getScheduledAt() {
    return wallClock().local(call.getScheduledAt());
  }

  public void setScheduledAt(LocalDateTime local) {
    if (!Objects.equals(local, getScheduledAt())) {
      call.setScheduledAt(wallClock().instant(local));
    }
  }

  public LocalDateTime getCompletedAt() {
    return wallClock().local(call.getCompletedAt());
  }

  public void setCompletedAt(LocalDateTime local) {
    if (!Objects.equals(local, getCompletedAt())) {
      call.setCompletedAt(wallClock().instant(local));
    }
  }

  private WallClock wallClock() {
    return new WallClock(ZoneId.of(currentUser.getProfile().timeZone()));
  }

  /** The form takes minutes; the call keeps seconds. */
  public Integer getDurationMinutes() {
    return call.getDurationSeconds() == null ? null : call.getDurationSeconds() / 60;
  }

  public void setDurationMinutes(Integer minutes) {
    call.setDurationSeconds(minutes == null ? null : Math.multiplyExact(minutes, 60));
  }

  public boolean isNew() {
    return id == null;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public CallDraft getCall() {
    return call;
  }

  public List<TeamMember> getReps() {
    return reps;
  }

  /** The call's changes from the audit log, newest first. */
  public List<AuditEntry> getHistory() {
    return history;
  }

  public List<LossReasonOption> getLossReasons() {
    return lossReasons;
  }
}
