package com.propaganda.dashboard.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Notes each request's client address and user agent for the audit log. */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.capture(request);
    chain.doFilter(request, response);
  }
}
