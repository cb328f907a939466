package com.propaganda.dashboard.lossreasons;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.database.UniqueConstraint;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The client's catalogue of loss reasons: everyone reads it, admin and ceo maintain it. */
@Stateless
@TenantBound
@Audited("loss_reasons")
@RolesAllowed({Roles.CEO, Roles.ADMIN})
public class LossReasonService {

  private static final String DUPLICATE = "Your team already has a loss reason with this name";

  /**
   * From the daily rollup and its pending deltas, exact at any moment: counting the calls
   * themselves read every call of a large client once per reason (0.7 s for 500,000 calls).
   */
  private static final String CALLS_PER_REASON =
      """
      SELECT loss_reason_id, sum(calls) FROM team_call_figures
          WHERE loss_reason_id IS NOT NULL GROUP BY loss_reason_id""";

  private static final String CALLS_OF_REASON =
      "SELECT COALESCE(sum(calls), 0) FROM team_call_figures WHERE loss_reason_id = ?";

  @PersistenceContext private EntityManager entityManager;

  @Inject private TenantSql sql;

  /** Every reason, inactive ones included, for filtering old calls. */
  @RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES})
  public List<LossReasonOption> options() {
    return entityManager
        .createQuery(
            """
            SELECT NEW com.propaganda.dashboard.lossreasons.LossReasonOption(r.id, r.name,
                r.active) FROM LossReason r ORDER BY r.active DESC, r.name""",
            LossReasonOption.class)
        .getResultList();
  }

  @KeyScope({KeyScopes.CALLS_READ, KeyScopes.LOSS_REASONS_WRITE})
  public List<LossReasonRow> catalogue() {
    Map<UUID, Long> calls =
        sql
            .query(
                CALLS_PER_REASON,
                List.of(),
                row -> Map.entry(row.getObject(1, UUID.class), row.getLong(2)))
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return entityManager
        .createQuery("SELECT r FROM LossReason r ORDER BY r.name", LossReason.class)
        .getResultStream()
        .map(reason -> row(reason, calls.getOrDefault(reason.getId(), 0L)))
        .toList();
  }

  /** One reason as the catalogue lists it. */
  @KeyScope({KeyScopes.CALLS_READ, KeyScopes.LOSS_REASONS_WRITE})
  public LossReasonRow reason(UUID id) {
    LossReason reason = find(id);
    return row(reason, uses(reason));
  }

  private static LossReasonRow row(LossReason reason, long calls) {
    return new LossReasonRow(
        reason.getId(), reason.getName(), reason.getDescription(), reason.isActive(), calls);
  }

  /**
   * Changes what {@code edit} changes on the reason's row (name, description, whether it is
   * active), under the same rules as the page.
   */
  @KeyScope(KeyScopes.LOSS_REASONS_WRITE)
  public LossReasonRow change(UUID id, Consumer<LossReasonRow> edit) {
    LossReasonRow row = reason(id);
    edit.accept(row);
    update(id, row.getName(), row.getDescription());
    setActive(id, row.isActive());
    return reason(id);
  }

  @KeyScope(KeyScopes.LOSS_REASONS_WRITE)
  public UUID create(String name, String description) {
    String cleanName = checkedName(name, null);
    LossReason reason = new LossReason(cleanName, Text.clean(description));
    entityManager.persist(reason);
    UniqueConstraint.flush(entityManager, "name", DUPLICATE);
    return reason.getId();
  }

  @KeyScope(KeyScopes.LOSS_REASONS_WRITE)
  public void update(UUID id, String name, String description) {
    LossReason reason = find(id);
    reason.describe(checkedName(name, id), Text.clean(description));
    UniqueConstraint.flush(entityManager, "name", DUPLICATE);
  }

  @KeyScope(KeyScopes.LOSS_REASONS_WRITE)
  public void setActive(UUID id, boolean active) {
    find(id).setActive(active);
  }

  /** Only an unused reason can go; one in use is deactivated instead. */
  public void delete(UUID id) {
    LossReason reason = find(id);
    long uses = uses(reason);
    if (uses > 0) {
      throw InvalidInputException.of(
          "name", uses + " calls give this reason: deactivate it instead of deleting it");
    }
    entityManager.remove(reason);
  }

  private long uses(LossReason reason) {
    return sql.query(CALLS_OF_REASON, List.of(reason.getId()), row -> row.getLong(1)).get(0);
  }

  private LossReason find(UUID id) {
    LossReason reason = id == null ? null : entityManager.find(LossReason.class, id);
    if (reason == null) {
      throw new NotFoundException("Loss reason");
    }
    return reason;
  }

  private String checkedName(String name, UUID self) {
    String clean = Text.clean(name);
    new FieldErrors()
        .required("name", clean, "Enter a name")
        .maxLength("name", clean, 255)
        .rejectIf(clean != null && nameTaken(clean, self), "name", DUPLICATE)
        .throwIfAny();
    return clean;
  }

  private boolean nameTaken(String name, UUID self) {
    return entityManager
            .createQuery(
                """
                SELECT COUNT(r) FROM LossReason r WHERE LOWER(r.name) = LOWER(:name)
                    AND r.id <> :self""",
                Long.class)
            .setParameter("name", name)
            .setParameter("self", self == null ? new UUID(0, 0) : self)
            .getSingleResult()
        > 0;
  }
}
