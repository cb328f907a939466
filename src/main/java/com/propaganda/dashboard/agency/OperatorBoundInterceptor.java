package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.tenancy.CallerContext;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Checks that the operator behind the session is still active before an agency service runs, so a
 * deactivated operator's open session is refused by the service itself, then records the operator
 * in the {@link CallerContext}.
 */
@OperatorBound
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class OperatorBoundInterceptor {

  @Inject private CallerContext context;

  @EJB private OperatorAccounts accounts;

  @AroundInvoke
  public Object checkOperator(InvocationContext invocation) throws Exception {
    try (CallerContext.Scope scope = context.enter()) {
      if (!accounts.isActive(context.claimedOperator())) {
        throw new EJBAccessException("Not an active operator");
      }
      context.verifiedOperator();
      return invocation.proceed();
    }
  }
}
