package com.propaganda.dashboard.tenancy;

/**
 * The actor of the audited service call running on this thread. The database connection listener
 * reads it to tell PostgreSQL's audit triggers who changes what.
 */
public final class ActorContext {

  private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

  private ActorContext() {}

  /** The actor, or null outside an audited call. */
  public static Actor current() {
    return CURRENT.get();
  }

  /** Makes {@code actor} current and returns the one it replaces, for {@link #restore}. */
  public static Actor enter(Actor actor) {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    return previous;
  }

  public static void restore(Actor previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
