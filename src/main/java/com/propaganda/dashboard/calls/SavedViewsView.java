package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The saved views menu of the call list: open one, save the list as it is, rename, make default,
 * delete. The open view is named in the link ({@code view=}); the default opens on a bare link.
 */
@Named
@ViewScoped
public class SavedViewsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String LIST = "/app/calls.xhtml?";
  private static final Map<String, String> NAME_FIELD = Map.of("name", "saved-views-form:name");
  private static final Map<String, String> RENAME_FIELD =
      Map.of("name", "saved-views-form:new-name");

  @EJB private SavedViewService savedViewService;

  @Inject private CallsView callsView;

  @Inject private FacesFeedback feedback;

  private List<SavedViewRow> views;
  private UUID opened;
  private String name;
  private boolean byDefault;
  private String newName;

  @PostConstruct
  void init() {
    views = savedViewService.mine();
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    opened =
        parameters.isEmpty()
            ? views.stream()
                .filter(SavedViewRow::byDefault)
                .map(SavedViewRow::id)
                .findFirst()
                .orElse(null)
            : views.stream()
                .map(SavedViewRow::id)
                .filter(id -> id.toString().equals(parameters.get("view")))
                .findFirst()
                .orElse(null);
  }

  /** The default view's query string, for a bare link to the list; null without a default. */
  String defaultQuery() {
    return views.stream()
        .filter(SavedViewRow::byDefault)
        .map(SavedViewRow::query)
        .findFirst()
        .orElse(null);
  }

  /** Goes to the view chosen in the menu. */
  public void openChosen() throws IOException {
    SavedViewRow view = getOpenedView();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String query = view == null ? "" : String.join("&", view.query(), "view=" + view.id());
    external.redirect(external.getRequestContextPath() + LIST + query.replaceFirst("^&", ""));
  }

  public void save() {
    boolean saved =
        feedback.attempt(
            NAME_FIELD,
            () -> opened = savedViewService.save(name, callsView.currentLink(), byDefault));
    if (saved) {
      reload("View saved");
      name = null;
      byDefault = false;
    }
  }

  public void rename() {
    if (feedback.attempt(RENAME_FIELD, () -> savedViewService.rename(opened, newName))) {
      reload("View renamed");
    }
  }

  public void toggleDefault() {
    boolean makeDefault = !getOpenedView().byDefault();
    if (feedback.attempt(Map.of(), () -> savedViewService.makeDefault(opened, makeDefault))) {
      reload(makeDefault ? "Opens by default" : "No longer the default");
    }
  }

  public void delete() {
    if (feedback.attempt(Map.of(), () -> savedViewService.delete(opened))) {
      opened = null;
      reload("View deleted");
    }
  }

  private void reload(String message) {
    views = savedViewService.mine();
    feedback.info(message);
  }

  /** The open view's link without the view's id, for a colleague: the list, not the view. */
  public String getShareLink() {
    SavedViewRow view = getOpenedView();
    String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return view == null ? null : base + LIST + view.query();
  }

  public SavedViewRow getOpenedView() {
    return views.stream().filter(v -> Objects.equals(v.id(), opened)).findFirst().orElse(null);
  }

  public List<SavedViewRow> getViews() {
    return views;
  }

  public UUID getOpened() {
    return opened;
  }

  public void setOpened(UUID opened) {
    this.opened = opened;
  }

  /** Prepares the rename dialog with the view's current name. */
  public void startRename() {
    SavedViewRow view = getOpenedView();
    newName = view == null ? null : view.name();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isByDefault() {
    return byDefault;
  }

  public void setByDefault(boolean byDefault) {
    this.byDefault = byDefault;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }
}
