package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.TenantBinding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The agency's operators connect a client's workspace to its provider, typically a new client's
 * before its first ceo signs in ({@link ClientConnection}). Each call is a transaction of its own,
 * bound to that client before its first statement (the agency's console checked the operator in its
 * own).
 */
@Stateless
@Audited("client_single_sign_on")
@RolesAllowed(Roles.OPERATOR)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OperatorSingleSignOnService {

  @PersistenceContext private EntityManager entityManager;

  @Inject private OidcProviders providers;

  public CurrentConnection current(UUID clientId) {
    return connection(clientId).current();
  }

  public void save(UUID clientId, ConnectionForm form) {
    connection(clientId).save(form);
  }

  public void disconnect(UUID clientId) {
    connection(clientId).disconnect();
  }

  private ClientConnection connection(UUID clientId) {
    TenantBinding.bind(entityManager, clientId);
    return new ClientConnection(entityManager, providers, clientId);
  }
}
