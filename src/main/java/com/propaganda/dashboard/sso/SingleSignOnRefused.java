package com.propaganda.dashboard.sso;

/**
 * A sign-in through a provider that is refused, with the words the person sees; the audit log gets
 * the same words.
 */
public class SingleSignOnRefused extends Exception {

  private static final long serialVersionUID = 1L;

  public SingleSignOnRefused(String message) {
    super(message);
  }

  public SingleSignOnRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
