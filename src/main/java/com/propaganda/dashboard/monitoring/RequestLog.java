package com.propaganda.dashboard.monitoring;

import com.propaganda.dashboard.identity.RequestIds;
import com.propaganda.dashboard.identity.RequestOrigin;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every request: notes where it came from and its id for the audit log, answers the id in {@code
 * X-Request-Id}, then writes one log line and times it per page or endpoint. The line leaves out
 * the query string, which can hold a search for a prospect's name.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger("com.propaganda.dashboard.requests");

  @Inject private RequestOrigin origin;

  /** Absent where the server has no MicroProfile Metrics (beans.xml). */
  @Inject private Instance<ApplicationMetrics> metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    origin.capture(request);
    response.setHeader(RequestIds.HEADER, origin.id());
    if (RequestPaths.isProbe(request)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      int status = response.getStatus();
      String path = RequestPaths.of(request, status);
      if (metrics.isResolvable()) {
        metrics.get().requestAnswered(path, took);
      }
      LOG.info(
          () ->
              String.format(
                  "request %s %s %s %d %d ms",
                  origin.id(),
                  request.getMethod(),
                  request.getRequestURI(),
                  status,
                  took.toMillis()));
    }
  }
}
