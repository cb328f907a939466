package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.database.UniqueConstraint;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Each user's saved views of the call list. A view is its owner's alone: another user's view, of
 * this client or another, is "not found". Opening a view's link needs no view at all, so sharing it
 * grants nothing: the list applies the reader's own role.
 */
@Stateless
@TenantBound
@Audited("saved_views")
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class SavedViewService {

  static final int MAX_NAME = 100;
  private static final String DUPLICATE = "You already have a view with this name";

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  public List<SavedViewRow> mine() {
    return views().stream().map(SavedView::toRow).toList();
  }

  public UUID save(String name, CallListLink link, boolean byDefault) {
    String clean = checkedName(name, null);
    SavedView view = new SavedView(context.caller().userId(), clean, link);
    entityManager.persist(view);
    UniqueConstraint.flush(entityManager, "name", DUPLICATE);
    if (byDefault) {
      makeDefault(view.getId(), true);
    }
    return view.getId();
  }

  public void rename(UUID id, String name) {
    SavedView view = find(id);
    view.rename(checkedName(name, id));
    UniqueConstraint.flush(entityManager, "name", DUPLICATE);
  }

  /** One default at most: making a view the default takes it from the one that had it. */
  public void makeDefault(UUID id, boolean byDefault) {
    SavedView view = find(id);
    if (byDefault) {
      views().stream().filter(other -> !other.equals(view)).forEach(o -> o.setByDefault(false));
      // The old default must be cleared in the database before the unique index sees the new one.
      entityManager.flush();
    }
    view.setByDefault(byDefault);
  }

  public void delete(UUID id) {
    entityManager.remove(find(id));
  }

  private List<SavedView> views() {
    return entityManager
        .createNamedQuery(SavedView.OF_USER, SavedView.class)
        .setParameter("user", context.caller().userId())
        .getResultList();
  }

  private SavedView find(UUID id) {
    SavedView view = id == null ? null : entityManager.find(SavedView.class, id);
    if (view == null || !view.getUserId().equals(context.caller().userId())) {
      throw new NotFoundException("Saved view");
    }
    return view;
  }

  private String checkedName(String name, UUID self) {
    String clean = Text.clean(name);
    new FieldErrors()
        .required("name", clean, "Name the view")
        .maxLength("name", clean, MAX_NAME)
        .rejectIf(
            clean != null
                && views().stream()
                    .anyMatch(
                        v ->
                            !Objects.equals(v.getId(), self)
                                && v.toRow().name().equalsIgnoreCase(clean)),
            "name",
            DUPLICATE)
        .throwIfAny();
    return clean;
  }
}
