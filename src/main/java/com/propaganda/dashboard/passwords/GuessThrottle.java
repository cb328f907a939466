package com.propaganda.dashboard.passwords;

/**
 * Counts password checks per account and address, so that guessing is slow wherever a password is
 * checked: at sign-in and at a password change's "current password".
 */
public interface GuessThrottle {

  /** Reserves a try, counted as a failure until {@link #succeeded}; false: no check at all. */
  boolean reserve(String workspace, String email, String address);

  /** The reserved try was right. */
  void succeeded(String workspace, String email, String address);
}
