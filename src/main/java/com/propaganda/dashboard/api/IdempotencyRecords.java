package com.propaganda.dashboard.api;

import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The first answer to each Idempotency-Key of the calling key, for 24 hours. Each step commits on
 * its own, so a retry arriving while the first request runs finds it in flight.
 */
@Stateless
@TenantBound
@RolesAllowed({Roles.CEO, Roles.ADMIN})
@KeyScope({
  KeyScopes.CALLS_READ,
  KeyScopes.CALLS_WRITE,
  KeyScopes.LOSS_REASONS_WRITE,
  KeyScopes.REPORTS_READ,
  KeyScopes.AUDIT_READ
})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyRecords {

  private static final String EXPIRE =
      """
      DELETE FROM api_idempotency WHERE api_key_id = ? AND idempotency_key = ?
          AND created_at < now() - interval '24 hours' RETURNING 1""";

  private static final String CLAIM =
      """
      INSERT INTO api_idempotency (client_id, api_key_id, idempotency_key, request_hash)
          VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1""";

  private static final String FIRST =
      """
      SELECT request_hash, status, location, body FROM api_idempotency
          WHERE api_key_id = ? AND idempotency_key = ?""";

  private static final String ANSWERED =
      """
      UPDATE api_idempotency SET status = ?, location = ?, body = ?
          WHERE api_key_id = ? AND idempotency_key = ? RETURNING 1""";

  private static final String FORGET =
      "DELETE FROM api_idempotency WHERE api_key_id = ? AND idempotency_key = ? RETURNING 1";

  @Inject private TenantSql sql;

  @Inject private CallerContext context;

  /** What became of an earlier request with the key; {@link IdempotentAnswer#isNew} claims it. */
  public IdempotentAnswer claim(String idempotencyKey, String requestHash) {
    List<Object> key = Arrays.asList(context.actor().apiKeyId(), idempotencyKey);
    sql.query(EXPIRE, key, row -> 1);
    List<Object> claim =
        Arrays.asList(sql.clientId(), context.actor().apiKeyId(), idempotencyKey, requestHash);
    if (!sql.query(CLAIM, claim, row -> 1).isEmpty()) {
      return IdempotentAnswer.NEW;
    }
    return sql
        .query(
            FIRST,
            key,
            row ->
                !Objects.equals(row.getString(1), requestHash)
                    ? IdempotentAnswer.MISMATCH
                    : row.getObject(2) == null
                        ? IdempotentAnswer.IN_FLIGHT
                        : IdempotentAnswer.replay(
                            row.getInt(2), row.getString(3), row.getString(4)))
        .stream()
        .findFirst()
        // Expired and taken between the two statements: claimed by the other request.
        .orElse(IdempotentAnswer.IN_FLIGHT);
  }

  public void answered(String idempotencyKey, int status, String location, String body) {
    sql.query(
        ANSWERED,
        Arrays.asList(status, location, body, context.actor().apiKeyId(), idempotencyKey),
        row -> 1);
  }

  /** The request failed on the server: a retry may run it again. */
  public void forget(String idempotencyKey) {
    sql.query(FORGET, Arrays.asList(context.actor().apiKeyId(), idempotencyKey), row -> 1);
  }
}
