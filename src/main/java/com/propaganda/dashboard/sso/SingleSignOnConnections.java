package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/**
 * The connection lookups of a sign-in, before anyone is signed in: the tenant comes from the client
 * that the typed workspace names, as in the password's lookups.
 */
@Stateless
@PermitAll
public class SingleSignOnConnections {

  @PersistenceContext private EntityManager entityManager;

  /** A connection with its secret, where the client allows single sign-on. */
  public Optional<Connected> forSignIn(UUID clientId) {
    TenantBinding.bind(entityManager, clientId);
    Client client = entityManager.find(Client.class, clientId);
    if (client == null || !client.signInMethods().allowsSingleSignOn()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(SingleSignOnConnection.class, clientId))
        .map(connection -> new Connected(connection.settings(), connection.secret()));
  }

  /** Whether the workspace's client allows passwords, and whether it has a provider to send to. */
  public WaysIn waysIn(UUID clientId) {
    TenantBinding.bind(entityManager, clientId);
    Client client = entityManager.find(Client.class, clientId);
    boolean connected = entityManager.find(SingleSignOnConnection.class, clientId) != null;
    return new WaysIn(
        client.signInMethods().allowsPasswords(),
        connected && client.signInMethods().allowsSingleSignOn());
  }

  /** A connection's settings and its opened secret. */
  public record Connected(ProviderSettings settings, String secret) {}
}
