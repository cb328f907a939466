package com.propaganda.dashboard.tenancy;

import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.Caller;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * The caller of the service call running on this thread: who acts (a client's user or an agency
 * operator, and where the request came from), and once their account was checked, their role and
 * their client's time zone. The interceptors record it; services, the audit actor and the
 * connection settings read it, and nobody else parses the principal.
 *
 * <p>Kept per thread rather than per request: the EclipseLink connection listener is no CDI bean,
 * timers have no HTTP request, and a nested service call must not leave its caller behind.
 */
@ApplicationScoped
public class CallerContext {

  private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

  /** One service call's caller; role and zone stay null until the account was checked. */
  private record Frame(
      String principal, Actor actor, Role role, ZoneId zone, boolean operatorChecked) {

    Frame verifiedUser(Role role, ZoneId zone) {
      return new Frame(principal, actor, role, zone, false);
    }

    Frame verifiedOperator() {
      return new Frame(principal, actor, null, null, true);
    }
  }

  @Inject private SecurityContext securityContext;

  @Inject private RequestOrigin origin;

  /** Ends a service call: the thread's caller is again the one before it. */
  public static final class Scope implements AutoCloseable {

    private final Frame previous;

    private Scope(Frame previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * Identifies the caller of a service call about to run, from the principal the identity store
   * named at sign-in; a nested call of the same caller keeps what was checked.
   */
  public Scope enter() {
    Frame previous = CURRENT.get();
    String principal = principalName();
    if (previous == null || !Objects.equals(previous.principal(), principal)) {
      CURRENT.set(new Frame(principal, Actor.of(principal, origin), null, null, false));
    }
    return new Scope(previous);
  }

  /** The client's user the principal names, before the account check. */
  Caller claimedCaller() {
    Actor actor = current().actor();
    if (actor.clientId() == null) {
      throw new EJBAccessException("Not a client's user");
    }
    return new Caller(actor.clientId(), actor.userId());
  }

  /** The operator the principal names, before the account check. */
  public UUID claimedOperator() {
    UUID operator = current().actor().operatorId();
    if (operator == null) {
      throw new EJBAccessException("Not an agency operator");
    }
    return operator;
  }

  void verifiedUser(Role role, ZoneId zone) {
    CURRENT.set(current().verifiedUser(role, zone));
  }

  /** The operator's account is active: the agency services may run. */
  public void verifiedOperator() {
    CURRENT.set(current().verifiedOperator());
  }

  /** Who acts, as the audit log records it; anonymous outside a service call. */
  public Actor actor() {
    Frame frame = CURRENT.get();
    return frame == null ? Actor.of(principalName(), origin) : frame.actor();
  }

  /**
   * @throws EJBAccessException outside a tenant service, where no client's user was checked
   */
  public Caller caller() {
    verifiedFrame();
    return claimedCaller();
  }

  public Role role() {
    return verifiedFrame().role();
  }

  public ZoneId zone() {
    return verifiedFrame().zone();
  }

  /** The client's days, for filters by date. */
  public ClientDays days() {
    return new ClientDays(zone());
  }

  /**
   * @throws EJBAccessException outside an agency service, where no operator was checked
   */
  public UUID operator() {
    Frame frame = CURRENT.get();
    if (frame == null || !frame.operatorChecked()) {
      throw new EJBAccessException("No verified operator");
    }
    return claimedOperator();
  }

  /** The actor of the service call on this thread, for the connection listener; null outside. */
  static Actor actorOnThisThread() {
    Frame frame = CURRENT.get();
    return frame == null ? null : frame.actor();
  }

  private Frame verifiedFrame() {
    Frame frame = CURRENT.get();
    if (frame == null || frame.role() == null) {
      throw new EJBAccessException("No verified tenant caller");
    }
    return frame;
  }

  private Frame current() {
    Frame frame = CURRENT.get();
    if (frame == null) {
      throw new EJBAccessException("No service call on this thread");
    }
    return frame;
  }

  private String principalName() {
    var principal = securityContext.getCallerPrincipal();
    return principal == null ? null : principal.getName();
  }
}
