package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.SignInMethods;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * One client's connection to its provider, as its ceo and the agency's operators change it, in the
 * calling service's transaction, which has bound the client. A connection is saved only after the
 * provider's discovery document was read at its issuer, so a mistyped issuer is shown at once, next
 * to the field, and never reaches the sign-in page.
 */
final class ClientConnection {

  private final EntityManager entityManager;
  private final OidcProviders providers;
  private final UUID clientId;

  ClientConnection(EntityManager entityManager, OidcProviders providers, UUID clientId) {
    this.entityManager = entityManager;
    this.providers = providers;
    this.clientId = clientId;
  }

  CurrentConnection current() {
    Optional<SingleSignOnConnection> connection = connection();
    return new CurrentConnection(
        connection.map(SingleSignOnConnection::settings),
        client().signInMethods(),
        connection.map(changed -> changed.updatedAt().atZoneSameInstant(client().zone())));
  }

  void save(ConnectionForm form) {
    Optional<SingleSignOnConnection> connection = connection();
    ProviderSettings settings = form.settings(connection.isPresent());
    try {
      providers.forget(settings.issuer());
      providers.metadata(settings.issuer());
    } catch (ProviderUnavailableException unreachable) {
      throw InvalidInputException.of("issuer", unreachable.getMessage());
    }
    if (connection.isPresent()) {
      connection.get().change(settings, form.secret());
    } else {
      entityManager.persist(new SingleSignOnConnection(clientId, settings, form.secret()));
    }
    client().allowSignInBy(form.methods());
  }

  /** Removes the connection; the workspace signs in with passwords again. */
  void disconnect() {
    connection().ifPresent(entityManager::remove);
    client().allowSignInBy(SignInMethods.PASSWORD);
  }

  private Optional<SingleSignOnConnection> connection() {
    return Optional.ofNullable(entityManager.find(SingleSignOnConnection.class, clientId));
  }

  private Client client() {
    return entityManager.find(Client.class, clientId);
  }
}
