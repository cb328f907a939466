package com.propaganda.dashboard.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Binds the caller's client as tenant inside the EJB's transaction. The entity manager injected
 * here is the same transaction-scoped persistence context the service uses.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class TenantBoundInterceptor {

  @Inject private CurrentCaller currentCaller;

  @PersistenceContext private EntityManager entityManager;

  @AroundInvoke
  public Object bindTenant(InvocationContext invocation) throws Exception {
    TenantBinding.bind(entityManager, currentCaller.get().clientId());
    return invocation.proceed();
  }
}
