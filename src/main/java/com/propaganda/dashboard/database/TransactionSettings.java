package com.propaganda.dashboard.database;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What the running JTA transaction's connection has been told already. Inside a JTA transaction the
 * pool hands EclipseLink and every plain statement the transaction's one connection, and the
 * settings are transaction-local, so a value sent once holds until the transaction ends: sending it
 * again before each statement cost a round trip each (three per call an API request logs).
 */
final class TransactionSettings {

  private static final String KEY = TransactionSettings.class.getName();

  private static volatile TransactionSynchronizationRegistry registry;

  private TransactionSettings() {}

  /** The values sent in the running transaction, or null outside one (then nothing is known). */
  static Map<String, String> sent() {
    TransactionSynchronizationRegistry registry = registry();
    if (registry == null || registry.getTransactionKey() == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> sent = (Map<String, String>) registry.getResource(KEY);
    if (sent == null) {
      sent = new HashMap<>();
      registry.putResource(KEY, sent);
    }
    return sent;
  }

  /**
   * Looked up until found, then kept: the registry is one object for the whole server, and a lookup
   * per statement would cost a JNDI walk each time. Null where there is none (plain unit tests, a
   * thread outside any component).
   */
  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry found = registry;
    if (found == null) {
      try {
        found = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
        registry = found;
      } catch (NamingException | RuntimeException e) {
        return null;
      }
    }
    return found;
  }
}
