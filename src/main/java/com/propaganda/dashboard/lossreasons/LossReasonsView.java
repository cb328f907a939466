package com.propaganda.dashboard.lossreasons;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.RowEditEvent;

/** The loss reason catalogue page (admin and ceo). */
@Named
@ViewScoped
public class LossReasonsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> NEW_REASON_FIELDS = Map.of("name", "new-reason:name");

  @EJB private LossReasonService lossReasonService;

  @Inject private FacesFeedback feedback;

  private List<LossReasonRow> reasons;
  private String name;
  private String description;

  @PostConstruct
  void init() {
    reload();
  }

  public void create() {
    if (feedback.attempt(NEW_REASON_FIELDS, () -> lossReasonService.create(name, description))) {
      feedback.info("Loss reason added");
      name = null;
      description = null;
      reload();
    }
  }

  public void rename(RowEditEvent<LossReasonRow> event) {
    LossReasonRow edited = event.getObject();
    if (feedback.attempt(
        Map.of(),
        () ->
            lossReasonService.update(edited.getId(), edited.getName(), edited.getDescription()))) {
      feedback.info("Loss reason saved");
    }
    reload();
  }

  public void setActive(LossReasonRow reason, boolean active) {
    if (feedback.attempt(Map.of(), () -> lossReasonService.setActive(reason.getId(), active))) {
      feedback.info(active ? "Reactivated" : "Deactivated: no longer offered for new calls");
    }
    reload();
  }

  public void delete(LossReasonRow reason) {
    if (feedback.attempt(Map.of(), () -> lossReasonService.delete(reason.getId()))) {
      feedback.info("Loss reason deleted");
    }
    reload();
  }

  private void reload() {
    reasons = lossReasonService.catalogue();
  }

  public List<LossReasonRow> getReasons() {
    return reasons;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
