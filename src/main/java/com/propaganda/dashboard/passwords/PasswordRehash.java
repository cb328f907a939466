package com.propaganda.dashboard.passwords;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.QueryHints;

/**
 * Marks the current transaction's change of a password hash as a stronger hash of the same
 * password, so the database does not stamp it as a password change (R__password_links.sql): a
 * change ends the owner's other sessions, an upgrade must not.
 */
public final class PasswordRehash {

  private PasswordRehash() {}

  public static void keepSessions(EntityManager entityManager) {
    entityManager
        .createNativeQuery("SELECT set_config('propaganda.password_rehash', 'on', true)")
        // Native queries are off where entities are multitenant; this one reads no table.
        .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
        .getSingleResult();
  }
}
