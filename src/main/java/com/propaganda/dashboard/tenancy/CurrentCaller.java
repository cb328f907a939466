package com.propaganda.dashboard.tenancy;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Resolves the authenticated caller of the current request or EJB call. */
@ApplicationScoped
public class CurrentCaller {

  @Inject private SecurityContext securityContext;

  /**
   * @throws EJBAccessException when nobody is signed in, so a service never runs without a tenant
   */
  public Caller get() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      throw new EJBAccessException("Not signed in");
    }
    try {
      return Caller.fromPrincipalName(principal.getName());
    } catch (IllegalArgumentException notOurs) {
      throw new EJBAccessException("Not a dashboard user");
    }
  }

  public boolean isInRole(String role) {
    return securityContext.isCallerInRole(role);
  }
}
