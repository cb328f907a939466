package com.propaganda.dashboard.sso;

/**
 * A provider that did not answer in time, or answered something that is not OpenID Connect: the
 * message says which, in words for the person signing in and for the ceo who configured it.
 */
public class ProviderUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
