package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.UserAccounts;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds the caller's client as tenant inside the EJB's transaction, then checks that the account
 * behind the session is still what it was at sign-in: a user who was deactivated, whose role
 * changed or whose client was deactivated is refused from their next request on, on sessions
 * already open. A caller acting through an API key was checked the same way when the request
 * authenticated ({@link KeyCaller}), and also needs one of the method's {@link KeyScope}s. Records
 * the checked caller in the {@link CallerContext} the service reads. The check runs once per
 * request ({@link CheckedAccounts}). The entity manager injected here is the same
 * transaction-scoped persistence context the service uses.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantBoundInterceptor {

  @Inject private CallerContext context;

  @Inject private SecurityContext securityContext;

  @Inject private UserAccounts users;

  @Inject private KeyCaller keyCaller;

  @Inject private CheckedAccounts checkedAccounts;

  @PersistenceContext private EntityManager entityManager;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    try (CallerContext.Scope scope = context.enter()) {
      Caller caller = context.claimedCaller();
      TenantBinding.bind(entityManager, caller.clientId());
      UUID apiKey = context.actor().apiKeyId();
      if (apiKey != null) {
        checkKey(apiKey, invocation.getMethod());
        context.verifiedUser(keyCaller.role(), keyCaller.zone());
        return invocation.proceed();
      }
      CheckedAccounts.Checked account =
          checkedAccounts.of(caller.userId()).orElseGet(() -> check(caller));
      if (!securityContext.isCallerInRole(account.role().code())) {
        throw new EJBAccessException("The account changed since sign-in");
      }
      context.verifiedUser(account.role(), account.zone());
      return invocation.proceed();
    }
  }

  /** The user is active and their client too; found once per request ({@link CheckedAccounts}). */
  private CheckedAccounts.Checked check(Caller caller) {
    Role role = users.activeRole(caller.userId()).orElse(null);
    Client client = entityManager.find(Client.class, caller.clientId());
    if (role == null || client == null || !client.isActive()) {
      throw new EJBAccessException("The account changed since sign-in");
    }
    CheckedAccounts.Checked account = new CheckedAccounts.Checked(role, client.zone());
    checkedAccounts.found(caller.userId(), account);
    return account;
  }

  /** The request's own key, checked at authentication, with one of the method's scopes. */
  private void checkKey(UUID apiKey, Method method) {
    if (!keyCaller.isKey(apiKey) || !securityContext.isCallerInRole(keyCaller.role().code())) {
      throw new EJBAccessException("No API key was checked for this request");
    }
    KeyScope needed =
        Optional.ofNullable(method.getAnnotation(KeyScope.class))
            .orElseGet(() -> method.getDeclaringClass().getAnnotation(KeyScope.class));
    if (needed == null) {
      throw new EJBAccessException("Not open to API keys: " + method.getName());
    }
    if (Arrays.stream(needed.value()).noneMatch(keyCaller.scopes()::contains)) {
      throw new EJBAccessException(
          "The API key lacks the scope " + String.join(" or ", needed.value()));
    }
  }
}
