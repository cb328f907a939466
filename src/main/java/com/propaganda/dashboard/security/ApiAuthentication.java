package com.propaganda.dashboard.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's half of {@link SessionAuthentication} (Jakarta Security allows one mechanism), built
 * beside the API keys it checks: this package names the contract and knows no key.
 */
public interface ApiAuthentication {

  /**
   * Decided on the servlet path, which the container has decoded and normalised: the raw URI of
   * {@code /app/../api/v1/calls} starts like a page and would be handed to the session mechanism.
   */
  static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api/");
  }

  /** Authenticates an API request, or answers it with a problem when it cannot be. */
  AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context);
}
