package com.propaganda.dashboard.factors;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Optional;

/**
 * The challenge of the passkey ceremony a page of this session offered, kept on the server until
 * its answer comes back, and taken then: each challenge is answered once.
 */
@SessionScoped
public class PasskeyChallenges implements Serializable {

  private static final long serialVersionUID = 1L;

  private String pending;

  /** A new challenge, replacing any earlier one of this session. */
  public String next() {
    pending = PasskeyCeremonies.challenge();
    return pending;
  }

  public Optional<String> take() {
    Optional<String> taken = Optional.ofNullable(pending);
    pending = null;
    return taken;
  }
}
