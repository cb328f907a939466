package com.propaganda.dashboard.audittrail;

import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.tenancy.CallerContext;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.UUID;

/**
 * Runs an audited service call with its actor known to the database (the triggers record the rows
 * it changes, in its transaction), and records a refused call (another client's id, an account that
 * changed) in a transaction of its own, so the record survives the call's rollback. Runs before
 * TenantBoundInterceptor, whose first query already carries the actor.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE - 10)
public class AuditedInterceptor {

  @Inject private CallerContext context;

  @Inject private RequestOrigin origin;

  @EJB private AuditRecorder recorder;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    CallerContext.Scope scope = context.enter();
    try {
      return invocation.proceed();
    } catch (NotFoundException | EJBAccessException refused) {
      recorder.recordAlone(
          AuditEvent.denied(
              context.actor(),
              table(invocation),
              recordId(invocation),
              invocation.getMethod().getDeclaringClass().getSimpleName()
                  + "."
                  + invocation.getMethod().getName(),
              refused instanceof NotFoundException ? "not found" : "not allowed"));
      origin.markDenialRecorded();
      throw refused;
    } finally {
      scope.close();
    }
  }

  private static String table(InvocationContext invocation) {
    Audited audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    return audited == null || audited.value().isEmpty() ? "-" : audited.value();
  }

  private static UUID recordId(InvocationContext invocation) {
    Object[] parameters = invocation.getParameters();
    if (parameters == null) {
      return null;
    }
    return Arrays.stream(parameters)
        .filter(UUID.class::isInstance)
        .map(UUID.class::cast)
        .findFirst()
        .orElse(null);
  }
}
