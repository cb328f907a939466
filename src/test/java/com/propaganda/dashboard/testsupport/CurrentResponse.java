package com.propaganda.dashboard.testsupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the response of the request an in-container test runs in, because Jakarta Security's
 * programmatic sign-in needs it and CDI offers only the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CurrentResponse extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RESPONSE.set(response);
    try {
      chain.doFilter(request, response);
    } finally {
      RESPONSE.remove();
    }
  }

  static HttpServletResponse get() {
    return RESPONSE.get();
  }
}
