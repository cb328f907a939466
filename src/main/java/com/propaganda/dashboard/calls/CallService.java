package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.tenancy.CurrentCaller;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reads the caller's calls: a sales rep sees only their own, admin and ceo the whole client's. */
@Stateless
@TenantBound
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
public class CallService {

  private static final String ROWS =
      "SELECT NEW com.propaganda.dashboard.calls.CallRow(c.id, c.scheduledAt, c.prospectName,"
          + " o.name, c.type, c.status, c.outcome, r.name, c.durationSeconds)"
          + " FROM Call c JOIN c.owner o LEFT JOIN c.lossReason r";
  private static final String COUNT = "SELECT COUNT(c) FROM Call c JOIN c.owner o";
  private static final String OWN_CALLS = " WHERE o.id = :owner";
  private static final String NEWEST_FIRST = " ORDER BY c.scheduledAt DESC NULLS LAST, c.id";

  @PersistenceContext private EntityManager entityManager;

  @Inject private CurrentCaller currentCaller;

  /** The most recently scheduled calls first. */
  public List<CallRow> recent(int first, int maxResults) {
    return visible(ROWS, NEWEST_FIRST, CallRow.class)
        .setFirstResult(first)
        .setMaxResults(maxResults)
        .getResultList();
  }

  public long countVisible() {
    return visible(COUNT, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> visible(String select, String orderBy, Class<T> type) {
    if (!currentCaller.isInRole(Roles.SALES)) {
      return entityManager.createQuery(select + orderBy, type);
    }
    return entityManager
        .createQuery(select + OWN_CALLS + orderBy, type)
        .setParameter("owner", currentCaller.get().userId());
  }
}
