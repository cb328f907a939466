package com.propaganda.dashboard.tenancy;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import java.time.ZoneId;

/**
 * The verified caller of a tenant service: who (client and user), in which role, and the client's
 * time zone (its days and the times its users enter and read). {@link TenantBoundInterceptor}
 * records it after the account check, before the service runs; services read it instead of parsing
 * the principal or looking the client up again.
 */
@RequestScoped
public class TenantContext {

  private Caller caller;
  private Role role;
  private ZoneId zone;

  void verified(Caller caller, Role role, ZoneId zone) {
    this.caller = caller;
    this.role = role;
    this.zone = zone;
  }

  /**
   * @throws EJBAccessException outside a tenant service, where no caller was verified
   */
  public Caller caller() {
    if (caller == null) {
      throw new EJBAccessException("No verified tenant caller");
    }
    return caller;
  }

  public Role role() {
    caller();
    return role;
  }

  public ZoneId zone() {
    caller();
    return zone;
  }

  /** The client's days, for filters by date. */
  public ClientDays days() {
    return new ClientDays(zone());
  }
}
